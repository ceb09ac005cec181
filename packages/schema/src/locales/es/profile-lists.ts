import type { CodeListTexts } from "../../i18n/catalogue";
import { subdivisionNames } from "./subdivisions.generated";

/** Spanish names and labels of the country profiles' lists (subdivisions, agencies, legal instruments and sections, referral mechanisms and identification procedures), keyed by list id. */
export const profileLists = {
  "iso3166-2.TH": {
    name: { text: "Provincias de Tailandia (ISO 3166-2:TH)", reviewed: false },
    codes: subdivisionNames["iso3166-2.TH"],
  },
  "agencies.TH": {
    name: { text: "Organismos tailandeses contra la trata", reviewed: false },
    codes: {
      "TH-DOPA": { text: "Departamento de Administración Provincial de Tailandia", reviewed: false },
      "TH-RTP": { text: "Real Policía de Tailandia", reviewed: false },
      "TH-DSI": { text: "Departamento de Investigaciones Especiales de Tailandia", reviewed: false },
      "TH-MSDHS": { text: "Ministerio de Desarrollo Social y Seguridad Humana de Tailandia", reviewed: false },
      "TH-MOL": { text: "Ministerio de Trabajo de Tailandia", reviewed: false },
      "TH-ATP-CSC": {
        text: "Comité de Coordinación y Supervisión contra la Trata de Personas de Tailandia",
        reviewed: false,
      },
    },
  },
  "law.TH": {
    name: { text: "Legislación tailandesa contra la trata", reviewed: false },
    codes: {
      "TH-ATIPA-2551": { text: "Ley contra la Trata de Personas de Tailandia B.E. 2551 (2008)", reviewed: false },
      "TH-ATIPA-AMEND2-2558": {
        text: "Ley contra la Trata de Personas de Tailandia (n.º 2) B.E. 2558 (2015)",
        reviewed: false,
      },
      "TH-ATIPA-AMEND3-2560": {
        text: "Ley contra la Trata de Personas de Tailandia (n.º 3) B.E. 2560 (2017)",
        reviewed: false,
      },
      "TH-ATIPA-DECREE-2562": {
        text: "Decreto de emergencia que modifica la Ley contra la Trata de Personas de Tailandia B.E. 2562 (2019)",
        reviewed: false,
      },
      "TH-CRIMINAL-CODE": { text: "Código Penal de Tailandia", reviewed: false },
      "TH-PPSA-2539": {
        text: "Ley de Prevención y Supresión de la Prostitución de Tailandia B.E. 2539 (1996)",
        reviewed: false,
      },
      "TH-CPA-2546": { text: "Ley de Protección de la Infancia de Tailandia B.E. 2546 (2003)", reviewed: false },
      "TH-LPA-2541": { text: "Ley de Protección Laboral de Tailandia B.E. 2541 (1998)", reviewed: false },
      "TH-IA-2522": { text: "Ley de Inmigración de Tailandia B.E. 2522 (1979)", reviewed: false },
    },
  },
  "law.TH-ATIPA-2551.sections": {
    name: { text: "Artículos de TH-ATIPA-2551", reviewed: false },
    codes: {
      s4: { text: "Sección 4", reviewed: false },
      s5: { text: "Sección 5", reviewed: false },
      s6: { text: "Sección 6", reviewed: false },
      "s6/1": { text: "Sección 6/1", reviewed: false },
      s52: { text: "Sección 52", reviewed: false },
      s53: { text: "Sección 53", reviewed: false },
    },
  },
  "law.TH-ATIPA-AMEND2-2558.sections": {
    name: { text: "Artículos de TH-ATIPA-AMEND2-2558", reviewed: false },
    codes: {},
  },
  "law.TH-ATIPA-AMEND3-2560.sections": {
    name: { text: "Artículos de TH-ATIPA-AMEND3-2560", reviewed: false },
    codes: {},
  },
  "law.TH-ATIPA-DECREE-2562.sections": {
    name: { text: "Artículos de TH-ATIPA-DECREE-2562", reviewed: false },
    codes: {},
  },
  "law.TH-CRIMINAL-CODE.sections": {
    name: { text: "Artículos de TH-CRIMINAL-CODE", reviewed: false },
    codes: {},
  },
  "law.TH-PPSA-2539.sections": {
    name: { text: "Artículos de TH-PPSA-2539", reviewed: false },
    codes: {},
  },
  "law.TH-CPA-2546.sections": {
    name: { text: "Artículos de TH-CPA-2546", reviewed: false },
    codes: {},
  },
  "law.TH-LPA-2541.sections": {
    name: { text: "Artículos de TH-LPA-2541", reviewed: false },
    codes: {},
  },
  "law.TH-IA-2522.sections": {
    name: { text: "Artículos de TH-IA-2522", reviewed: false },
    codes: {},
  },
  "iso3166-2.LR": {
    name: { text: "Condados de Liberia (ISO 3166-2:LR)", reviewed: false },
    codes: subdivisionNames["iso3166-2.LR"],
  },
  "agencies.LR": {
    name: { text: "Organismos liberianos contra la trata", reviewed: false },
    codes: {
      "LR-AHTTF": { text: "Grupo de Trabajo Nacional contra la Trata de Personas de Liberia", reviewed: false },
      "LR-AHTTF-SECRETARIAT": {
        text: "Secretaría del Grupo de Trabajo contra la Trata de Personas de Liberia",
        reviewed: false,
      },
      "LR-MOL": { text: "Ministerio de Trabajo de Liberia", reviewed: false },
      "LR-MOJ": { text: "Ministerio de Justicia de Liberia", reviewed: false },
      "LR-MOFA": { text: "Ministerio de Relaciones Exteriores de Liberia", reviewed: false },
      "LR-MIA": { text: "Ministerio del Interior de Liberia", reviewed: false },
      "LR-MOH": { text: "Ministerio de Salud de Liberia", reviewed: false },
      "LR-MGCSP": { text: "Ministerio de Género, Infancia y Protección Social de Liberia", reviewed: false },
      "LR-LNP": { text: "Policía Nacional de Liberia", reviewed: false },
      "LR-LIS": { text: "Servicio de Inmigración de Liberia", reviewed: false },
      "LR-NIR": { text: "Registro Nacional de Identificación de Liberia", reviewed: false },
    },
  },
  "law.LR": {
    name: { text: "Legislación liberiana contra la trata", reviewed: false },
    codes: {
      "LR-ATIP-2005": {
        text: "Ley para prohibir la trata de personas en la República de Liberia (2005)",
        reviewed: false,
      },
      "LR-ATIP-2021": {
        text: "Ley revisada para prohibir la trata de personas en la República de Liberia (2021)",
        reviewed: false,
      },
      "LR-DECENT-WORK-2015": { text: "Ley de Trabajo Decente de Liberia de 2015", reviewed: false },
      "LR-PENAL-LAW": { text: "Ley Penal de Liberia", reviewed: false },
      "LR-CHILDRENS-LAW": { text: "Ley de la Infancia de Liberia", reviewed: false },
    },
  },
  "law.LR-ATIP-2005.sections": {
    name: { text: "Artículos de LR-ATIP-2005", reviewed: false },
    codes: {
      s2: { text: "Sección 2", reviewed: false },
      s5: { text: "Sección 5", reviewed: false },
      s7: { text: "Sección 7", reviewed: false },
    },
  },
  "law.LR-ATIP-2021.sections": {
    name: { text: "Artículos de LR-ATIP-2021", reviewed: false },
    codes: {
      "art1-104": { text: "Artículo 1-104", reviewed: false },
    },
  },
  "law.LR-DECENT-WORK-2015.sections": {
    name: { text: "Artículos de LR-DECENT-WORK-2015", reviewed: false },
    codes: {
      "s2.2": { text: "Sección 2.2", reviewed: false },
      "s21.4": { text: "Sección 21.4", reviewed: false },
    },
  },
  "law.LR-PENAL-LAW.sections": {
    name: { text: "Artículos de LR-PENAL-LAW", reviewed: false },
    codes: {},
  },
  "law.LR-CHILDRENS-LAW.sections": {
    name: { text: "Artículos de LR-CHILDRENS-LAW", reviewed: false },
    codes: {},
  },
  "iso3166-2.PY": {
    name: { text: "Departamentos de Paraguay (ISO 3166-2:PY)", reviewed: false },
    codes: subdivisionNames["iso3166-2.PY"],
  },
  "agencies.PY": {
    name: { text: "Organismos paraguayos contra la trata", reviewed: false },
    codes: {
      "PY-MESA-INTERINSTITUCIONAL": {
        text: "Mesa Interinstitucional para la Prevención y Combate a la Trata de Personas",
        reviewed: false,
      },
      "PY-MRE": { text: "Ministerio de Relaciones Exteriores", reviewed: false },
      "PY-MIGRACIONES": { text: "Autoridad migratoria", reviewed: false },
      "PY-CONTRAFOR": { text: "CONTRAFOR (comisión tripartita sobre trabajo forzoso)", reviewed: false },
      "PY-POLICIA-NACIONAL": { text: "Policía Nacional", reviewed: false },
    },
  },
  "law.PY": {
    name: { text: "Legislación paraguaya contra la trata", reviewed: false },
    codes: {
      "PY-LEY-4788-2012": { text: "Ley N° 4788/2012 Integral contra la trata de personas", reviewed: false },
      "PY-CODIGO-PENAL": { text: "Código Penal paraguayo", reviewed: false },
    },
  },
  "law.PY-LEY-4788-2012.sections": {
    name: { text: "Artículos de PY-LEY-4788-2012", reviewed: false },
    codes: {
      art1: { text: "Artículo 1", reviewed: false },
      art5: { text: "Artículo 5", reviewed: false },
      art6: { text: "Artículo 6", reviewed: false },
      art7: { text: "Artículo 7", reviewed: false },
      art48: { text: "Artículo 48", reviewed: false },
    },
  },
  "law.PY-CODIGO-PENAL.sections": {
    name: { text: "Artículos de PY-CODIGO-PENAL", reviewed: false },
    codes: {
      art129: { text: "Artículo 129", reviewed: false },
    },
  },
  "iso3166-2.AR": {
    name: { text: "Provincias de Argentina (ISO 3166-2:AR)", reviewed: false },
    codes: subdivisionNames["iso3166-2.AR"],
  },
  "agencies.AR": {
    name: { text: "Organismos argentinos contra la trata", reviewed: false },
    codes: {
      "AR-PROTEX": { text: "Procuraduría de Trata y Explotación de Personas (PROTEX)", reviewed: false },
      "AR-MPF": { text: "Ministerio Público Fiscal", reviewed: false },
      "AR-COMITE-EJECUTIVO": {
        text: "Comité Ejecutivo para la Lucha contra la Trata y Explotación de Personas y para la Protección y Asistencia a las Víctimas",
        reviewed: false,
      },
      "AR-CONSEJO-FEDERAL": {
        text: "Consejo Federal para la Lucha contra la Trata y Explotación de Personas y para la Protección y Asistencia a las Víctimas",
        reviewed: false,
      },
      "AR-PROGRAMA-RESCATE": {
        text: "Programa Nacional de Rescate y Acompañamiento a las Personas Damnificadas por el Delito de Trata",
        reviewed: false,
      },
      "AR-JGM": { text: "Jefatura de Gabinete de Ministros", reviewed: false },
      "AR-MIN-SEGURIDAD": { text: "Ministerio de Seguridad", reviewed: false },
      "AR-MIN-JUSTICIA": { text: "Ministerio de Justicia y Derechos Humanos", reviewed: false },
      "AR-MIN-DESARROLLO-SOCIAL": { text: "Ministerio de Desarrollo Social", reviewed: false },
      "AR-MIN-TRABAJO": { text: "Ministerio de Trabajo", reviewed: false },
    },
  },
  "law.AR": {
    name: { text: "Legislación argentina contra la trata", reviewed: false },
    codes: {
      "AR-LEY-26364": {
        text: "Ley 26.364 de Prevención y sanción de la trata de personas y asistencia a sus víctimas",
        reviewed: false,
      },
      "AR-LEY-26842": { text: "Ley 26.842, modificatoria de la Ley 26.364 y del Código Penal", reviewed: false },
      "AR-CODIGO-PENAL": { text: "Código Penal de la Nación Argentina", reviewed: false },
    },
  },
  "law.AR-LEY-26364.sections": {
    name: { text: "Artículos de AR-LEY-26364", reviewed: false },
    codes: {
      art2: { text: "Artículo 2", reviewed: false },
      art18: { text: "Artículo 18", reviewed: false },
      art21: { text: "Artículo 21", reviewed: false },
    },
  },
  "law.AR-LEY-26842.sections": {
    name: { text: "Artículos de AR-LEY-26842", reviewed: false },
    codes: {
      art25: { text: "Artículo 25", reviewed: false },
      art26: { text: "Artículo 26", reviewed: false },
    },
  },
  "law.AR-CODIGO-PENAL.sections": {
    name: { text: "Artículos de AR-CODIGO-PENAL", reviewed: false },
    codes: {
      art140: { text: "Artículo 140", reviewed: false },
      art145bis: { text: "Artículo 145 bis", reviewed: false },
      art145ter: { text: "Artículo 145 ter", reviewed: false },
    },
  },
  // How each country identifies victims (profiles.XX.identification): referral mechanisms and procedures.
  "referral-mechanisms.TH": {
    name: { text: "Mecanismos nacionales de derivación de Tailandia", reviewed: false },
    codes: { "TH-NRM-2565": { text: "Mecanismo Nacional de Derivación B.E. 2565 (2022)", reviewed: false } },
  },
  "identification-procedures.TH": {
    name: { text: "Procedimientos tailandeses de identificación de víctimas", reviewed: false },
    codes: {
      "multidisciplinary-team": {
        text: "Entrevista de identificación por un equipo multidisciplinario",
        reviewed: false,
      },
      "labour-screening": {
        text: "Detección de trabajo o servicios forzosos (formulario Ror.Bor. 1)",
        reviewed: false,
      },
    },
  },
  "referral-mechanisms.LR": {
    name: { text: "Mecanismos nacionales de derivación de Liberia", reviewed: false },
    codes: { "LR-NRM": { text: "Mecanismo nacional de derivación", reviewed: false } },
  },
  "identification-procedures.LR": {
    name: { text: "Procedimientos liberianos de identificación de víctimas", reviewed: false },
    codes: {},
  },
  "referral-mechanisms.PY": {
    name: { text: "Mecanismos nacionales de derivación de Paraguay", reviewed: false },
    codes: {},
  },
  "identification-procedures.PY": {
    name: { text: "Procedimientos paraguayos de identificación de víctimas", reviewed: false },
    codes: {},
  },
  "referral-mechanisms.AR": {
    name: { text: "Mecanismos nacionales de derivación de Argentina", reviewed: false },
    codes: {},
  },
  "identification-procedures.AR": {
    name: { text: "Procedimientos argentinos de identificación de víctimas", reviewed: false },
    codes: {},
  },
} as const satisfies Readonly<Record<string, CodeListTexts>>;
