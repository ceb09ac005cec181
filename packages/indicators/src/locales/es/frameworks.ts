import type { FrameworkCatalogue } from "../indicator-catalogue";

/**
 * The Spanish texts of every framework: titles, group names, item labels and definitions, and rules, in
 * neutral Latin-American Spanish. The ILO indicators carry the names of the ILO's Spanish booklet, the
 * Palermo Protocol the terms of its Spanish text (captación, traslado, acogida...); the definitions are
 * our own words, faithful to the English ones. None is reviewed yet.
 *
 * @example
 * ```ts
 * import { es } from "@tipx/indicators/locales/es";
 * es.frameworks["ilo-fl-2012"].items["debt-bondage"].label.text; // "Servidumbre por deudas"
 * ```
 */
export const frameworks: FrameworkCatalogue = {
  "ilo-fl-2012": {
    title: { text: "Indicadores de trabajo forzoso de la OIT (2012)", reviewed: false },
    groups: { indicator: { text: "Indicador", reviewed: false } },
    items: {
      "abuse-of-vulnerability": {
        label: { text: "Abuso de vulnerabilidad", reviewed: false },
        definition: {
          text: "El empleador se aprovecha de la situación de debilidad de la persona trabajadora (situación migratoria irregular, pobreza, desconocimiento del idioma, dependencia) para imponerle condiciones.",
          reviewed: false,
        },
      },
      deception: {
        label: { text: "Engaño", reviewed: false },
        definition: {
          text: "Al captar a la persona trabajadora se le mintió sobre el trabajo, la paga, las condiciones, el empleador, el lugar o su situación legal.",
          reviewed: false,
        },
      },
      "restriction-of-movement": {
        label: { text: "Restricción de movimientos", reviewed: false },
        definition: {
          text: "La persona trabajadora está encerrada, vigilada o de otro modo no puede entrar y salir libremente del trabajo o del alojamiento.",
          reviewed: false,
        },
      },
      isolation: {
        label: { text: "Aislamiento", reviewed: false },
        definition: {
          text: "La persona trabajadora está apartada de los demás: un lugar remoto, sin teléfono, sin contacto con su familia o su comunidad.",
          reviewed: false,
        },
      },
      "physical-and-sexual-violence": {
        label: { text: "Violencia física y sexual", reviewed: false },
        definition: {
          text: "La persona trabajadora o su familia sufren golpes, abuso sexual, consumo forzado de drogas u otra violencia semejante.",
          reviewed: false,
        },
      },
      "intimidation-and-threats": {
        label: { text: "Intimidación y amenazas", reviewed: false },
        definition: {
          text: "Se amenaza a la persona trabajadora con violencia, con denunciarla a la policía o a migraciones, con despedirla o con dañar a su familia.",
          reviewed: false,
        },
      },
      "retention-of-identity-documents": {
        label: { text: "Retención de documentos de identidad", reviewed: false },
        definition: {
          text: "El empleador guarda el pasaporte o el documento de identidad de la persona trabajadora, y esta no puede recuperarlo cuando lo pide.",
          reviewed: false,
        },
      },
      "withholding-of-wages": {
        label: { text: "Retención de salarios", reviewed: false },
        definition: {
          text: "Se retiene o se aplaza el pago del salario para que la persona trabajadora no pueda irse sin perderlo.",
          reviewed: false,
        },
      },
      "debt-bondage": {
        label: { text: "Servidumbre por deudas", reviewed: false },
        definition: {
          text: "La persona trabajadora está atada por una deuda, como un adelanto o una comisión de contratación, que se manipula o que no puede terminar de pagar.",
          reviewed: false,
        },
      },
      "abusive-working-and-living-conditions": {
        label: { text: "Condiciones de trabajo y de vida abusivas", reviewed: false },
        definition: {
          text: "Trabajo o alojamiento degradante, peligroso o insalubre que una persona trabajadora libre no aceptaría.",
          reviewed: false,
        },
      },
      "excessive-overtime": {
        label: { text: "Horas extraordinarias excesivas", reviewed: false },
        definition: {
          text: "Jornadas que superan con creces los límites legales, o la falta de días de descanso, impuestas a la persona trabajadora.",
          reviewed: false,
        },
      },
    },
    rules: {
      clues: {
        text: "Los indicadores son pistas, no una prueba jurídica: un solo indicador puede bastar para señalar trabajo forzoso, y en otros casos lo señalan varios juntos. Una detección que encuentra alguno de ellos dice que hay indicios de trabajo forzoso; decidir si una persona está en situación de trabajo forzoso corresponde a la autoridad competente.",
        reviewed: false,
      },
    },
  },
  "icls-2018": {
    title: {
      text: "20.ª Conferencia Internacional de Estadísticos del Trabajo (CIET, 2018): definición estadística del trabajo forzoso",
      reviewed: false,
    },
    groups: {
      involuntariness: { text: "Trabajo involuntario", reviewed: false },
      coercion: { text: "Amenaza de una pena", reviewed: false },
      dimension: { text: "Dimensión", reviewed: false },
      child: { text: "Trabajo forzoso infantil", reviewed: false },
      category: { text: "Categoría de las Estimaciones mundiales", reviewed: false },
    },
    items: {
      "unfree-recruitment": {
        label: { text: "Captación no libre", reviewed: false },
        definition: {
          text: "La persona no empezó a trabajar libremente: nació en esa situación o fue obtenida mediante una transacción, como la esclavitud o la servidumbre por deudas.",
          reviewed: false,
        },
      },
      "different-job": {
        label: { text: "Un trabajo distinto del acordado", reviewed: false },
        definition: {
          text: "La persona tiene que hacer un trabajo de otro tipo que el fijado al captarla, sin haber aceptado el cambio.",
          reviewed: false,
        },
      },
      "abusive-overtime": {
        label: { text: "Horas extraordinarias o guardias abusivas", reviewed: false },
        definition: {
          text: "El empleador exige de forma abusiva horas extraordinarias o disponibilidad que la persona no había aceptado.",
          reviewed: false,
        },
      },
      "hazardous-without-consent": {
        label: { text: "Trabajo peligroso sin consentimiento", reviewed: false },
        definition: {
          text: "La persona trabaja en condiciones peligrosas que no aceptó, reciba o no un pago adicional o equipo de protección.",
          reviewed: false,
        },
      },
      "very-low-or-no-wages": {
        label: { text: "Salario muy bajo o nulo", reviewed: false },
        definition: { text: "La persona recibe muy poco por su trabajo, o nada.", reviewed: false },
      },
      "degrading-living-conditions": {
        label: { text: "Condiciones de vida degradantes", reviewed: false },
        definition: { text: "El empleador obliga a la persona a vivir en condiciones degradantes.", reviewed: false },
      },
      "other-employers": {
        label: { text: "Trabajo para otros empleadores que los acordados", reviewed: false },
        definition: {
          text: "Se obliga a la persona a trabajar para alguien distinto del empleador con quien acordó trabajar.",
          reviewed: false,
        },
      },
      "longer-than-agreed": {
        label: { text: "Trabajo durante más tiempo del acordado", reviewed: false },
        definition: {
          text: "Se retiene a la persona en el trabajo más allá del período que aceptó.",
          reviewed: false,
        },
      },
      "no-freedom-to-terminate": {
        label: { text: "Sin libertad para poner fin al contrato", reviewed: false },
        definition: {
          text: "La persona no puede poner fin a su contrato de trabajo, o solo puede hacerlo con limitaciones.",
          reviewed: false,
        },
      },
      "threats-or-violence": {
        label: { text: "Amenazas o violencia", reviewed: false },
        definition: {
          text: "La persona, o su familia, sus parientes o personas cercanas, son amenazadas o sometidas a violencia.",
          reviewed: false,
        },
      },
      "restriction-of-movement": {
        label: { text: "Restricción de movimientos", reviewed: false },
        definition: { text: "La persona no puede desplazarse libremente como quiere.", reviewed: false },
      },
      "debt-bondage": {
        label: { text: "Servidumbre por deudas o manipulación de deudas", reviewed: false },
        definition: {
          text: "Se retiene a la persona mediante una deuda, o se manipula una deuda para retenerla.",
          reviewed: false,
        },
      },
      "withholding-of-wages": {
        label: { text: "Retención de salarios u otros beneficios prometidos", reviewed: false },
        definition: {
          text: "Se le retienen a la persona el salario u otros beneficios que se le prometieron.",
          reviewed: false,
        },
      },
      "withholding-of-documents": {
        label: { text: "Retención de documentos valiosos", reviewed: false },
        definition: {
          text: "Se le quitan a la persona papeles que necesita, como sus documentos de identidad o su permiso de residencia.",
          reviewed: false,
        },
      },
      "abuse-of-vulnerability": {
        label: { text: "Abuso de vulnerabilidad", reviewed: false },
        definition: {
          text: "Se usa contra la persona su situación de debilidad: se le niegan derechos o prerrogativas, o se la amenaza con el despido o la deportación.",
          reviewed: false,
        },
      },
      "dimension-recruitment": {
        label: { text: "Captación no libre", reviewed: false },
        definition: {
          text: "Involuntariedad y coacción en la captación: se obliga a la persona a aceptar el trabajo.",
          reviewed: false,
        },
      },
      "dimension-duress": {
        label: { text: "Trabajo y vida bajo coacción", reviewed: false },
        definition: {
          text: "Involuntariedad y coacción durante el trabajo: se obliga a la persona a trabajar o a vivir de un modo que no aceptó.",
          reviewed: false,
        },
      },
      "dimension-leaving": {
        label: { text: "Imposibilidad de dejar al empleador", reviewed: false },
        definition: { text: "Coacción que impide a la persona dejar al empleador.", reviewed: false },
      },
      "child-third-party-coercion": {
        label: { text: "Coacción de un tercero", reviewed: false },
        definition: {
          text: "El niño, niña o adolescente trabaja bajo una coacción que alguien distinto de sus padres ejerce sobre él o ella o sobre sus padres.",
          reviewed: false,
        },
      },
      "child-parent-in-forced-labour": {
        label: { text: "Un padre o una madre en trabajo forzoso", reviewed: false },
        definition: {
          text: "El niño, niña o adolescente trabaja como consecuencia directa de que su padre, su madre o ambos están en situación de trabajo forzoso.",
          reviewed: false,
        },
      },
      "child-unconditional-worst-form": {
        label: { text: "Una peor forma incondicional de trabajo infantil", reviewed: false },
        definition: {
          text: "El niño, niña o adolescente trabaja en una de las peores formas del art. 3 a) del Convenio núm. 182: la esclavitud o prácticas análogas, como la venta o la trata de niños, la servidumbre por deudas, la condición de siervo o el trabajo forzoso u obligatorio, incluido el reclutamiento forzoso de niños para utilizarlos en conflictos armados.",
          reviewed: false,
        },
      },
      "privately-imposed-exploitation": {
        label: { text: "Explotación laboral forzosa", reviewed: false },
        definition: {
          text: "Trabajo forzoso impuesto por agentes privados (personas, grupos o empresas) en cualquier sector salvo el comercio sexual.",
          reviewed: false,
        },
      },
      "privately-imposed-sexual": {
        label: { text: "Explotación sexual comercial forzosa", reviewed: false },
        definition: {
          text: "Trabajo forzoso impuesto por agentes privados en el comercio sexual, en el caso de personas adultas; en el caso de niños, niñas y adolescentes, toda explotación sexual comercial cuenta aquí.",
          reviewed: false,
        },
      },
      "state-imposed": {
        label: { text: "Trabajo forzoso impuesto por el Estado", reviewed: false },
        definition: { text: "Trabajo forzoso impuesto por autoridades del Estado.", reviewed: false },
      },
    },
    rules: {
      "both-conditions": {
        text: "Una persona está en situación de trabajo forzoso cuando, durante el período de referencia, realizó un trabajo que fue a la vez involuntario (sin su consentimiento libre e informado) y bajo la amenaza de una pena (una coacción que sufrió, con la que se la amenazó o que vio aplicar a sus compañeros de trabajo). Deben darse las dos condiciones: cualquiera de ellas por sí sola no es trabajo forzoso.",
        reviewed: false,
      },
      "reference-period": {
        text: "El período de referencia puede ser corto (la última semana, el último mes o la última temporada), adecuado para medir el trabajo forzoso en una categoría concreta de trabajadores, o largo (el último año, los últimos dos o cinco años, o toda la vida), adecuado para la población en general.",
        reviewed: false,
      },
      "child-definition": {
        text: "El trabajo de un niño, niña o adolescente es trabajo forzoso cuando se realiza bajo una coacción que un tercero distinto de los padres ejerce sobre él o ella o sobre sus padres, o como consecuencia directa de que su padre o su madre está en situación de trabajo forzoso, o en una de las peores formas de trabajo infantil del art. 3 a) del Convenio núm. 182.",
        reviewed: false,
      },
    },
  },
  "hts-2012": {
    title: {
      text: "Difícil de ver, más difícil de contar: directrices de la OIT para encuestas destinadas a estimar el trabajo forzoso de adultos y niños (2012)",
      reviewed: false,
    },
    groups: {
      dimension: { text: "Dimensión", reviewed: false },
      penalty: { text: "Pena o amenaza de una pena", reviewed: false },
      "penalty-means": { text: "Medios de coacción", reviewed: false },
    },
    items: {
      "dimension-unfree-recruitment": {
        label: { text: "Captación no libre", reviewed: false },
        definition: {
          text: "Dimensión 1: la coacción en la captación hace que la persona acepte el trabajo.",
          reviewed: false,
        },
      },
      "dimension-work-and-life-under-duress": {
        label: { text: "Trabajo y vida bajo coacción", reviewed: false },
        definition: {
          text: "Dimensión 2: ya en el trabajo, se coacciona a la persona para que haga tareas que no aceptó.",
          reviewed: false,
        },
      },
      "dimension-impossibility-of-leaving": {
        label: { text: "Imposibilidad de dejar al empleador", reviewed: false },
        definition: {
          text: "Dimensión 3: la coacción impide a la persona dejar al empleador.",
          reviewed: false,
        },
      },
      penalty: {
        label: { text: "Pena o amenaza de una pena", reviewed: false },
        definition: {
          text: "El cuarto componente, junto a las tres dimensiones: la coacción que un empleador o un tercero aplica, o con la que amenaza, para imponer el trabajo, mediante alguno de los medios del grupo «Medios de coacción».",
          reviewed: false,
        },
      },
      "threats-and-violence": {
        label: { text: "Amenazas y violencia", reviewed: false },
        definition: { text: "La persona es amenazada o sometida a violencia.", reviewed: false },
      },
      "restriction-of-movement": {
        label: { text: "Restricción de la libertad de circulación", reviewed: false },
        definition: { text: "La persona no puede desplazarse libremente como quiere.", reviewed: false },
      },
      "debt-bondage": {
        label: { text: "Servidumbre por deudas", reviewed: false },
        definition: { text: "La persona está atada al trabajo por una deuda.", reviewed: false },
      },
      "withholding-of-wages": {
        label: { text: "Retención de salarios", reviewed: false },
        definition: { text: "Se le retiene a la persona su salario.", reviewed: false },
      },
      "retention-of-documents": {
        label: { text: "Retención del pasaporte o de documentos", reviewed: false },
        definition: { text: "Se le quitan a la persona su pasaporte u otros documentos.", reviewed: false },
      },
      "abuse-of-vulnerability": {
        label: { text: "Abuso de vulnerabilidad", reviewed: false },
        definition: { text: "Se usa contra la persona su situación de debilidad.", reviewed: false },
      },
    },
    rules: {
      "operational-definition": {
        text: "El trabajo forzoso de adultos es el trabajo para el que una persona no se ha ofrecido voluntariamente (involuntariedad) y que se realiza bajo la amenaza de una pena (coacción) aplicada por un empleador o un tercero. La coacción puede darse en la captación, para que la persona acepte el trabajo; una vez en el trabajo, para que haga tareas que no aceptó; o para impedirle irse.",
        reviewed: false,
      },
      "decision-rule": {
        text: "Una persona adulta está en situación de trabajo forzoso en una dimensión cuando se dan en ella al menos un indicador de involuntariedad y al menos un indicador de pena, y al menos uno de los dos es fuerte.",
        reviewed: false,
      },
    },
  },
  "child-labour": {
    title: { text: "Trabajo infantil: convenios de la OIT núm. 138 y núm. 182", reviewed: false },
    groups: {
      age: { text: "Trabajo por debajo de una edad mínima", reviewed: false },
      "worst-form": {
        text: "Peores formas de trabajo infantil según el art. 3, apartados a) a c), del Convenio núm. 182",
        reviewed: false,
      },
    },
    items: {
      "below-minimum-age": {
        label: { text: "Trabajo por debajo de la edad mínima general", reviewed: false },
        definition: {
          text: "Trabajo de un niño, niña o adolescente menor de la edad mínima general, que no puede ser inferior a la edad en que cesa la escolaridad obligatoria ni, en ningún caso, a 15 años (14, en un primer momento, para un país en desarrollo).",
          reviewed: false,
        },
      },
      "light-work": {
        label: { text: "Trabajos ligeros", reviewed: false },
        definition: {
          text: "Trabajo que un país puede permitir por debajo de la edad mínima general: desde los 13 años, o desde los 12 si el país especificó 14 como edad mínima.",
          reviewed: false,
        },
      },
      "hazardous-work": {
        label: { text: "Trabajo peligroso", reviewed: false },
        definition: {
          text: "Trabajo que puede dañar la salud, la seguridad o la moralidad de un niño, niña o adolescente, según la lista de cada país; su edad mínima es de 18 años (16 en condiciones estrictas).",
          reviewed: false,
        },
      },
      "worst-form-slavery": {
        label: { text: "Esclavitud y prácticas análogas", reviewed: false },
        definition: {
          text: "La esclavitud o prácticas análogas: la venta y la trata de niños, la servidumbre por deudas, la condición de siervo y el trabajo forzoso u obligatorio, incluido el reclutamiento forzoso de niños para utilizarlos en conflictos armados.",
          reviewed: false,
        },
      },
      "worst-form-sexual": {
        label: { text: "Prostitución y pornografía", reviewed: false },
        definition: {
          text: "Utilizar, captar u ofrecer a un niño, niña o adolescente para la prostitución o la pornografía.",
          reviewed: false,
        },
      },
      "worst-form-illicit": {
        label: { text: "Actividades ilícitas", reviewed: false },
        definition: {
          text: "Utilizar, captar u ofrecer a un niño, niña o adolescente para actividades ilícitas, en particular la producción y el tráfico de estupefacientes.",
          reviewed: false,
        },
      },
    },
    rules: {
      "worst-forms-any-age": {
        text: "El trabajo en una de las peores formas de trabajo infantil del art. 3, apartados a) a c), del Convenio núm. 182 es trabajo infantil para toda persona menor de 18 años, cualesquiera que sean las edades mínimas.",
        reviewed: false,
      },
      "hazardous-under-18": {
        text: "El trabajo peligroso de toda persona menor de 18 años es trabajo infantil; un país puede permitirlo desde los 16 años en condiciones estrictas.",
        reviewed: false,
      },
      "below-minimum-age": {
        text: "El trabajo de un niño, niña o adolescente menor de la edad mínima general es trabajo infantil, salvo que se trate de trabajos ligeros permitidos por la excepción correspondiente. La edad mínima general no es inferior a la edad en que cesa la escolaridad obligatoria ni a 15 años (14, en un primer momento, para un país en desarrollo).",
        reviewed: false,
      },
      "light-work-exception": {
        text: "Un país puede permitir trabajos ligeros por debajo de la edad mínima general desde los 13 años, o desde los 12 si especificó 14 como edad mínima; los trabajos ligeros permitidos a esa edad o por encima de ella no son trabajo infantil por razón de la edad.",
        reviewed: false,
      },
    },
  },
  palermo: {
    title: { text: "Protocolo de Palermo, artículo 3: acción, medios y fines", reviewed: false },
    groups: {
      act: { text: "Acción", reviewed: false },
      means: { text: "Medio", reviewed: false },
      purpose: { text: "Fin de explotación", reviewed: false },
    },
    items: {
      recruitment: {
        label: { text: "Captación", reviewed: false },
        definition: {
          text: "Buscar y atraer a una persona, en persona, por medio de un intermediario o por internet.",
          reviewed: false,
        },
      },
      transportation: {
        label: { text: "Transporte", reviewed: false },
        definition: {
          text: "Llevar a una persona de un lugar a otro, dentro de un país o a través de una frontera.",
          reviewed: false,
        },
      },
      transfer: {
        label: { text: "Traslado", reviewed: false },
        definition: {
          text: "Entregar a una persona a otra, incluso vendiéndola o intercambiándola.",
          reviewed: false,
        },
      },
      harbouring: {
        label: { text: "Acogida", reviewed: false },
        definition: { text: "Alojar o retener a una persona en algún lugar, en cualquier etapa.", reviewed: false },
      },
      receipt: {
        label: { text: "Recepción", reviewed: false },
        definition: {
          text: "Recibir a una persona en el lugar de destino o de explotación.",
          reviewed: false,
        },
      },
      "threat-or-use-of-force": {
        label: { text: "Amenaza o uso de la fuerza", reviewed: false },
        definition: { text: "Violencia contra la persona, o la amenaza de ejercerla.", reviewed: false },
      },
      "other-coercion": {
        label: { text: "Otras formas de coacción", reviewed: false },
        definition: {
          text: "Presiones distintas de la fuerza que no le dejan a la persona una opción real, como la amenaza de denunciarla.",
          reviewed: false,
        },
      },
      abduction: {
        label: { text: "Rapto", reviewed: false },
        definition: { text: "Llevarse a la persona contra su voluntad.", reviewed: false },
      },
      fraud: {
        label: { text: "Fraude", reviewed: false },
        definition: {
          text: "Maniobras deshonestas para quitarle a la persona su dinero, sus documentos o sus derechos.",
          reviewed: false,
        },
      },
      deception: {
        label: { text: "Engaño", reviewed: false },
        definition: {
          text: "Mentiras sobre el trabajo, la paga, el lugar, las condiciones o la finalidad.",
          reviewed: false,
        },
      },
      "abuse-of-power": {
        label: { text: "Abuso de poder", reviewed: false },
        definition: {
          text: "Usar la autoridad que se tiene sobre la persona, como la de un empleador, un funcionario o un mayor de la familia.",
          reviewed: false,
        },
      },
      "abuse-of-vulnerability": {
        label: { text: "Abuso de una situación de vulnerabilidad", reviewed: false },
        definition: {
          text: "Aprovechar la situación de la persona (pobreza, situación migratoria irregular, edad, enfermedad, dependencia) de modo que no tenga otra alternativa real.",
          reviewed: false,
        },
      },
      "payments-to-controller": {
        label: {
          text: "Concesión o recepción de pagos o beneficios a una persona que tenga autoridad sobre otra",
          reviewed: false,
        },
        definition: {
          text: "Dar o recibir dinero o beneficios para obtener el consentimiento de alguien que tiene autoridad sobre la persona.",
          reviewed: false,
        },
      },
      "sexual-exploitation": {
        label: {
          text: "Explotación de la prostitución ajena u otras formas de explotación sexual",
          reviewed: false,
        },
        definition: {
          text: "Sacar provecho de la prostitución de la persona o de otros actos sexuales.",
          reviewed: false,
        },
      },
      "forced-labour-or-services": {
        label: { text: "Trabajos o servicios forzados", reviewed: false },
        definition: {
          text: "Trabajo o servicios exigidos bajo la amenaza de una pena y para los que la persona no se ofreció voluntariamente (trabajo forzoso, en el sentido del Convenio núm. 29 de la OIT), incluidas la criminalidad forzada y la mendicidad forzada.",
          reviewed: false,
        },
      },
      "slavery-or-similar-practices": {
        label: { text: "Esclavitud o prácticas análogas a la esclavitud", reviewed: false },
        definition: {
          text: "Tratar a la persona como una propiedad, o prácticas como la servidumbre por deudas, la condición de siervo y el matrimonio forzado.",
          reviewed: false,
        },
      },
      servitude: {
        label: { text: "Servidumbre", reviewed: false },
        definition: {
          text: "Obligar a la persona a vivir y trabajar para otro sin ninguna posibilidad de cambiar su situación.",
          reviewed: false,
        },
      },
      "removal-of-organs": {
        label: { text: "Extracción de órganos", reviewed: false },
        definition: {
          text: "Quitarle a la persona órganos, como un riñón, para comerciar con ellos.",
          reviewed: false,
        },
      },
      "other-exploitation": {
        label: { text: "Otras formas de explotación", reviewed: false },
        definition: {
          text: "Otra forma de explotación: el artículo enumera las formas que abarca como mínimo, y las leyes nacionales agregan otras.",
          reviewed: false,
        },
      },
    },
    rules: {
      elements: {
        text: "La trata de personas es una acción, realizada por un medio, con fines de explotación: deben darse los tres elementos.",
        reviewed: false,
      },
      "consent-irrelevant": {
        text: "El consentimiento de la persona a la explotación prevista no se tiene en cuenta cuando se ha recurrido a cualquiera de los medios.",
        reviewed: false,
      },
      "child-no-means": {
        text: "En el caso de un niño, niña o adolescente, es decir, de una persona menor de 18 años, bastan la acción y el fin de explotación: no se requiere ningún medio.",
        reviewed: false,
      },
    },
  },
};
