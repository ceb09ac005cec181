import type { FieldTexts } from "../../i18n/catalogue";

/** Spanish labels and descriptions of every field of the model, keyed by field id. */
export const fields = {
  "Bundle.tipx": {
    label: "Versión de tipx",
    description: 'La versión del modelo, "1.0" o "1.1".',
    reviewed: false,
  },
  "Bundle.id": {
    label: "Id del paquete",
    description: "Un UUID que nombra este paquete.",
    reviewed: false,
  },
  "Bundle.createdAt": {
    label: "Creado el",
    description: "Cuándo se creó el paquete.",
    reviewed: false,
  },
  "Bundle.sender": {
    label: "Remitente",
    description: "La organización que envía el paquete.",
    reviewed: false,
  },
  "Party.organization": {
    label: "Organización",
    description: "Id de la entidad Organization, si el paquete la incluye.",
    reviewed: false,
  },
  "Party.name": {
    label: "Nombre",
    description: "El nombre de la organización.",
    reviewed: false,
  },
  "Party.country": {
    label: "País",
    description: "El país de la organización.",
    reviewed: false,
  },
  "Bundle.recipients": {
    label: "Destinatarios",
    description: "Las organizaciones a las que va el paquete.",
    reviewed: false,
  },
  "Bundle.purpose": {
    label: "Finalidad",
    description: "Para qué se comparten los datos; las reglas de consentimiento y privacidad dependen de ello.",
    reviewed: false,
  },
  "Bundle.profile": {
    label: "Perfil de país",
    description: "El perfil de país cuyas reglas se aplican: TH, LR, PY o AR.",
    reviewed: false,
  },
  "Bundle.classification": {
    label: "Clasificación",
    description: "Quién puede ver el paquete.",
    reviewed: false,
  },
  "Bundle.entities": {
    label: "Entidades",
    description: "Las personas, organizaciones, casos y demás entidades.",
    reviewed: false,
  },
  "Bundle.signature": {
    label: "Firma",
    description: "La firma del remitente: un JWS separado sobre la forma canónica RFC 8785 del paquete sin este campo.",
    reviewed: false,
  },
  "BundleSignature.protected": {
    label: "Cabecera protegida",
    description:
      'La cabecera protegida del JWS, en base64url: el algoritmo, el id de clave, el tipo "tipx+jws" y la versión de tipx.',
    reviewed: false,
  },
  "BundleSignature.signature": {
    label: "Valor de la firma",
    description: "La firma del JWS, en base64url.",
    reviewed: false,
  },
  "Entity.type": {
    label: "Tipo de entidad",
    description: "Qué clase de entidad es; decide qué campos tiene.",
    reviewed: false,
  },
  "Entity.id": {
    label: "Id de la entidad",
    description: "Un UUID que nombra esta entidad, único en el paquete; las demás entidades la citan por este id.",
    reviewed: false,
  },
  "Entity.identifiers": {
    label: "Identificadores locales",
    description: "Los ids que los sistemas de cada titular dan a esta entidad (números de caso o de expediente).",
    reviewed: false,
  },
  "Identifier.system": {
    label: "Sistema del identificador",
    description: "Quién emitió el identificador: un URI o un nombre con espacio de nombres del sistema del titular.",
    reviewed: false,
  },
  "Identifier.value": {
    label: "Valor del identificador",
    description: "El identificador tal como lo escribe el sistema emisor.",
    reviewed: false,
  },
  "Entity.meta": {
    label: "Metadatos del registro",
    description: "Cuándo y en qué sistema se creó y modificó el registro.",
    reviewed: false,
  },
  "RecordMeta.createdAt": {
    label: "Creado el",
    description: "Cuándo se creó el registro.",
    reviewed: false,
  },
  "RecordMeta.updatedAt": {
    label: "Actualizado el",
    description: "Cuándo cambió el registro por última vez.",
    reviewed: false,
  },
  "RecordMeta.source": {
    label: "Sistema de origen",
    description: "El sistema del que procede el registro.",
    reviewed: false,
  },
  "Entity.extensions": {
    label: "Extensiones",
    description: 'Datos fuera del modelo, con claves con espacio de nombres como "org.example/field".',
    reviewed: false,
  },
  "Person.names": {
    label: "Nombres",
    description: "Los nombres de la persona.",
    reviewed: false,
  },
  "PersonNames.salutation": {
    label: "Tratamiento",
    description: "Forma de tratamiento como Sr., Sra.",
    reviewed: false,
  },
  "PersonNames.title": {
    label: "Título",
    description: "Un título como un rango o tratamiento honorífico.",
    reviewed: false,
  },
  "PersonNames.given": {
    label: "Nombre",
    description: "El nombre de pila.",
    reviewed: false,
  },
  "PersonNames.middle": {
    label: "Segundo nombre",
    description: "El segundo nombre o nombres.",
    reviewed: false,
  },
  "PersonNames.family": {
    label: "Apellido",
    description: "El apellido o apellidos.",
    reviewed: false,
  },
  "PersonNames.full": {
    label: "Nombre completo",
    description: "El nombre completo tal como se escribe, cuando no puede separarse en partes.",
    reviewed: false,
  },
  "PersonNames.native": {
    label: "Nombre en escritura nativa",
    description: "El nombre en la escritura propia de la persona.",
    reviewed: false,
  },
  "PersonNames.aliases": {
    label: "Alias",
    description: "Otros nombres con que se conoce a la persona.",
    reviewed: false,
  },
  "Person.gender": {
    label: "Género",
    description: "Género, valores de HTCDS 2.0.",
    reviewed: false,
  },
  "Person.birthDate": {
    label: "Fecha de nacimiento",
    description: "Fecha de nacimiento, al año, mes o día.",
    reviewed: false,
  },
  "Person.ageEstimate": {
    label: "Edad estimada",
    description: "Una edad declarada o estimada a una fecha, cuando se desconoce la fecha de nacimiento.",
    reviewed: false,
  },
  "AgeEstimate.years": {
    label: "Edad en años",
    description: "La edad en años cumplidos.",
    reviewed: false,
  },
  "AgeEstimate.asOf": {
    label: "Edad a la fecha",
    description: "La fecha en que se declaró o estimó la edad.",
    reviewed: false,
  },
  "Person.majorityStatus": {
    label: "Menor o adulto",
    description: "Si la persona es menor (menos de 18 años) o adulta, según el registro.",
    reviewed: false,
  },
  "Person.deceased": {
    label: "Fallecido",
    description: "Si la persona ha fallecido.",
    reviewed: false,
  },
  "Person.citizenships": {
    label: "Nacionalidades",
    description: "Países de nacionalidad, ISO 3166-1 alfa-2, o ZZ (desconocida) o XXA (apátrida); se admiten varios.",
    reviewed: false,
  },
  "Person.countryOfOrigin": {
    label: "País de origen",
    description: "El país del que proviene la persona, que puede no ser el de su nacionalidad.",
    reviewed: false,
  },
  "Person.residence": {
    label: "Situación migratoria",
    description: "Situación migratoria o de residencia, por país.",
    reviewed: false,
  },
  "Residence.country": {
    label: "País",
    description: "El país al que corresponde la situación.",
    reviewed: false,
  },
  "Residence.status": {
    label: "Situación migratoria",
    description: "Ciudadano/a, residente, trabajador/a migrante registrado/a, refugiado/a, en situación irregular...",
    reviewed: false,
  },
  "Residence.asOf": {
    label: "Fecha de referencia",
    description: "La fecha en que se sabía que la situación era esa.",
    reviewed: false,
  },
  "Residence.validUntil": {
    label: "Válida hasta",
    description: "Cuándo vence una situación temporal.",
    reviewed: false,
  },
  "Person.languages": {
    label: "Idiomas",
    description: "Idiomas que habla, ISO 639-3 (se aceptan códigos ISO 639-1), el principal primero.",
    reviewed: false,
  },
  "Person.maritalStatus": {
    label: "Estado civil",
    description: "Estado civil, valores de HTCDS 2.0.",
    reviewed: false,
  },
  "Person.numberOfChildren": {
    label: "Número de hijos",
    description: "Cuántos hijos o hijas tiene la persona.",
    reviewed: false,
  },
  "Person.education": {
    label: "Nivel educativo más alto",
    description: "Nivel educativo más alto alcanzado (CINE 2011).",
    reviewed: false,
  },
  "Person.identityDocuments": {
    label: "Documentos de identidad",
    description: "Documentos nacionales de identidad, pasaportes y otros.",
    reviewed: false,
  },
  "IdentityDocument.kind": {
    label: "Tipo de documento",
    description: "El tipo de documento, como TH-PIN o pasaporte.",
    reviewed: false,
  },
  "IdentityDocument.number": {
    label: "Número de documento",
    description: "El número del documento tal como está impreso.",
    reviewed: false,
  },
  "IdentityDocument.issuingCountry": {
    label: "País emisor",
    description: "El país que emitió el documento.",
    reviewed: false,
  },
  "IdentityDocument.pseudonymous": {
    label: "Número seudónimo",
    description:
      "Se indica cuando `number` es un seudónimo con clave (de @tipx/privacy) y no el número impreso: los perfiles no lo verifican.",
    reviewed: false,
  },
  "IdentityDocument.expiresOn": {
    label: "Vence el",
    description: "La fecha de vencimiento del documento.",
    reviewed: false,
  },
  "Person.phones": {
    label: "Teléfonos",
    description: "Números de teléfono en formato E.164.",
    reviewed: false,
  },
  "Phone.number": {
    label: "Número de teléfono",
    description: "El número en formato E.164 (+ código de país y número nacional).",
    reviewed: false,
  },
  "Phone.kind": {
    label: "Tipo de línea",
    description: "Móvil, fijo del hogar, trabajo u otro.",
    reviewed: false,
  },
  "Person.email": {
    label: "Correo electrónico",
    description: "Dirección de correo electrónico.",
    reviewed: false,
  },
  "Person.position": {
    label: "Puesto",
    description:
      "El puesto de la persona en una organización, como el de quien lleva un caso o el de un agente público.",
    reviewed: false,
  },
  "Position.title": {
    label: "Puesto",
    description: 'El puesto, como "Inspector/a de trabajo".',
    reviewed: false,
  },
  "Position.organization": {
    label: "Organización",
    description: "Id de la Organization en la que está el puesto.",
    reviewed: false,
  },
  "Person.address": {
    label: "Domicilio",
    description: "Domicilio postal o de residencia.",
    reviewed: false,
  },
  "Place.country": {
    label: "País",
    description: "El país, como código ISO 3166-1 alfa-2.",
    reviewed: false,
  },
  "Place.subdivision": {
    label: "Subdivisión",
    description: "La provincia, departamento o condado, como código ISO 3166-2.",
    reviewed: false,
  },
  "Place.locality": {
    label: "Localidad",
    description: "La ciudad, pueblo, distrito o aldea.",
    reviewed: false,
  },
  "Place.lines": {
    label: "Líneas de dirección",
    description: "Líneas de la dirección postal.",
    reviewed: false,
  },
  "Place.postalCode": {
    label: "Código postal",
    description: "El código postal.",
    reviewed: false,
  },
  "Place.latitude": {
    label: "Latitud",
    description: "Latitud en grados decimales (WGS 84).",
    reviewed: false,
  },
  "Place.longitude": {
    label: "Longitud",
    description: "Longitud en grados decimales (WGS 84).",
    reviewed: false,
  },
  "Organization.name": {
    label: "Nombre de la organización",
    description: "El nombre de la organización.",
    reviewed: false,
  },
  "Organization.organizationType": {
    label: "Tipo de organización",
    description: "El tipo de organización, valores de HTCDS 2.0.",
    reviewed: false,
  },
  "Organization.country": {
    label: "País",
    description: "El país donde la organización trabaja o está registrada.",
    reviewed: false,
  },
  "Organization.agency": {
    label: "Código de organismo",
    description: "El código de un organismo del perfil del país, como TH-DOPA o AR-PROTEX.",
    reviewed: false,
  },
  "Organization.address": {
    label: "Dirección",
    description: "La dirección de la organización; la de un refugio puede requerir protección.",
    reviewed: false,
  },
  "Organization.phone": {
    label: "Teléfono",
    description: "El teléfono de la organización, E.164.",
    reviewed: false,
  },
  "Organization.email": {
    label: "Correo electrónico",
    description: "El correo electrónico de la organización.",
    reviewed: false,
  },
  "Case.status": {
    label: "Estado del caso",
    description: "Activo, seguimiento, cerrado o cerrado por derivación.",
    reviewed: false,
  },
  "Case.closureReason": {
    label: "Motivo del cierre",
    description: "Por qué se cerró el caso.",
    reviewed: false,
  },
  "Case.owner": {
    label: "Organización titular del caso",
    description: "Id de la Organization responsable del caso.",
    reviewed: false,
  },
  "Case.caseWorker": {
    label: "Profesional a cargo del caso",
    description: "Quien registró o lleva el caso, con su organización.",
    reviewed: false,
  },
  "CaseWorker.person": {
    label: "Profesional a cargo del caso",
    description: "Id de la entidad Person de quien lleva el caso, si el paquete la incluye.",
    reviewed: false,
  },
  "CaseWorker.staffId": {
    label: "Id de personal",
    description: "El id de personal de quien lleva el caso en su organización.",
    reviewed: false,
  },
  "CaseWorker.organization": {
    label: "Organización",
    description: "Id de la Organization para la que trabaja quien lleva el caso.",
    reviewed: false,
  },
  "Case.jurisdiction": {
    label: "Jurisdicción",
    description: "El país y la subdivisión que tramitan el caso.",
    reviewed: false,
  },
  "Jurisdiction.country": {
    label: "País",
    description: "El país con jurisdicción.",
    reviewed: false,
  },
  "Jurisdiction.subdivision": {
    label: "Subdivisión",
    description: "La subdivisión ISO 3166-2 con jurisdicción.",
    reviewed: false,
  },
  "Case.openedOn": {
    label: "Abierto el",
    description: "Cuándo se abrió el caso.",
    reviewed: false,
  },
  "Case.closedOn": {
    label: "Cerrado el",
    description: "Cuándo se cerró el caso.",
    reviewed: false,
  },
  "Case.parties": {
    label: "Personas vinculadas",
    description: "Las personas vinculadas al caso, con sus funciones.",
    reviewed: false,
  },
  "CaseParty.person": {
    label: "Persona",
    description: "Id de la entidad Person.",
    reviewed: false,
  },
  "CaseParty.roles": {
    label: "Funciones",
    description: "Las funciones de la persona en el caso (víctima, sospechosa, testigo...).",
    reviewed: false,
  },
  "CaseParty.victim": {
    label: "Contexto de víctima",
    description: "Lo que el caso registra sobre la persona como víctima.",
    reviewed: false,
  },
  "VictimContext.traffickingStatus": {
    label: "Condición de víctima de trata",
    description: "Si la persona es posible víctima, víctima o no víctima de trata.",
    reviewed: false,
  },
  "VictimContext.statusDecidedBy": {
    label: "Condición determinada por",
    description: "El tipo de organismo que determinó la condición.",
    reviewed: false,
  },
  "VictimContext.identification": {
    label: "Identificación",
    description:
      "Cómo se identificó a la víctima: fecha, organización, procedimiento, resultado y período de protección.",
    reviewed: false,
  },
  "Identification.date": {
    label: "Fecha de la identificación",
    description: "Cuándo se tomó la decisión.",
    reviewed: false,
  },
  "Identification.organization": {
    label: "Organización que identificó",
    description: "Id de la Organization que identificó a la persona.",
    reviewed: false,
  },
  "Identification.procedure": {
    label: "Procedimiento",
    description: "El procedimiento, como una entrevista de un equipo multidisciplinario.",
    reviewed: false,
  },
  "Identification.decision": {
    label: "Resultado",
    description: "Identificada como víctima, no identificada como víctima, o en curso.",
    reviewed: false,
  },
  "Identification.protectionPeriod": {
    label: "Período de protección",
    description:
      "El período de recuperación y protección: el tiempo y el alojamiento que se dieron a la persona antes de decidir.",
    reviewed: false,
  },
  "Identification.protectionPeriod.start": {
    label: "Inicio",
    description: "El primer día del período.",
    reviewed: false,
  },
  "Identification.protectionPeriod.end": {
    label: "Fin",
    description: "El último día del período.",
    reviewed: false,
  },
  "VictimContext.relationshipToTrafficker": {
    label: "Relación con el tratante",
    description:
      "Cómo conocía la víctima al tratante (el resumen; «Perpetradores» tiene una entrada por cada persona sospechosa).",
    reviewed: false,
  },
  "VictimContext.perpetrators": {
    label: "Perpetradores",
    description:
      "Las personas sospechosas del caso que participaron en la trata de esta víctima, cada una con su relación y sus roles.",
    reviewed: false,
  },
  "PerpetratorLink.person": {
    label: "Perpetrador/a",
    description: "Id de la Person que es persona sospechosa en el caso.",
    reviewed: false,
  },
  "PerpetratorLink.relationship": {
    label: "Relación",
    description: "Cómo conocía la víctima a esta persona.",
    reviewed: false,
  },
  "PerpetratorLink.roles": {
    label: "Roles respecto de la víctima",
    description:
      "Qué hizo esta persona respecto de la víctima: la captó, hizo de intermediaria, la trasladó, la explotó o la controló.",
    reviewed: false,
  },
  "PerpetratorLink.moneyExchanged": {
    label: "Hubo intercambio de dinero",
    description: "Si esta persona y otras intercambiaron dinero por la víctima.",
    reviewed: false,
  },
  "VictimContext.ageWhenTrafficked": {
    label: "Edad al ser víctima de trata",
    description: "Edad en años cuando comenzó la trata.",
    reviewed: false,
  },
  "VictimContext.recruitmentMethods": {
    label: "Métodos de captación",
    description: "Cómo fue captada la víctima.",
    reviewed: false,
  },
  "VictimContext.recruitmentPlace": {
    label: "Lugar de captación",
    description: "Dónde fue captada la víctima.",
    reviewed: false,
  },
  "VictimContext.recruitmentWebsitesAndApps": {
    label: "Sitios web y aplicaciones de captación",
    description: "Sitios web y aplicaciones usados para captar a la víctima.",
    reviewed: false,
  },
  "VictimContext.methodsOfControl": {
    label: "Medios de control",
    description: "Cómo controlaban los tratantes a la víctima.",
    reviewed: false,
  },
  "VictimContext.exploitationTypes": {
    label: "Tipos de explotación",
    description: "Las formas de explotación, valores de HTCDS 2.0 más ForcedCriminality (tipx).",
    reviewed: false,
  },
  "VictimContext.forcedCriminalityTypes": {
    label: "Tipos de criminalidad forzada",
    description: "Los delitos que se obligó a cometer a una víctima de criminalidad forzada.",
    reviewed: false,
  },
  "VictimContext.forcedLabourIndustries": {
    label: "Sectores del trabajo forzoso",
    description: "Sectores del trabajo forzoso, como secciones CIIU Rev.4 o subdivisiones de HTCDS.",
    reviewed: false,
  },
  "VictimContext.sexExploitationTypes": {
    label: "Tipos de explotación sexual",
    description: "Las formas de explotación sexual.",
    reviewed: false,
  },
  "VictimContext.exploitationPlace": {
    label: "Lugar de explotación",
    description: "Dónde fue explotada la víctima.",
    reviewed: false,
  },
  "VictimContext.exploitationWebsitesAndApps": {
    label: "Sitios web y aplicaciones de explotación",
    description: "Sitios web y aplicaciones usados en la explotación.",
    reviewed: false,
  },
  "VictimContext.vulnerabilities": {
    label: "Vulnerabilidades",
    description: "Vulnerabilidades (obsoleto en HTCDS 2.0; use una Assessment).",
    reviewed: false,
  },
  "VictimContext.vulnerabilityDetails": {
    label: "Detalle de vulnerabilidades",
    description: "Relato de vulnerabilidades (obsoleto en HTCDS 2.0).",
    reviewed: false,
  },
  "VictimContext.agreementToManagePersonalData": {
    label: "Acuerdo para gestionar datos personales",
    description: "Obsoleto en HTCDS 2.0: registre una entidad Consent.",
    reviewed: false,
  },
  "CaseParty.perpetrator": {
    label: "Contexto de perpetrador",
    description: "Lo que el caso registra sobre la persona como sospechosa.",
    reviewed: false,
  },
  "PerpetratorContext.rolesInProcess": {
    label: "Funciones en el proceso de trata",
    description: "Qué hizo la persona sospechosa en el proceso de trata.",
    reviewed: false,
  },
  "PerpetratorContext.roleDetails": {
    label: "Detalle de funciones",
    description: "Relato de la función de la persona sospechosa.",
    reviewed: false,
  },
  "PerpetratorContext.organization": {
    label: "Organización criminal",
    description: "El grupo o red al que pertenece la persona sospechosa.",
    reviewed: false,
  },
  "Case.events": {
    label: "Eventos de trata",
    description: "Eventos de captación, tránsito y explotación.",
    reviewed: false,
  },
  "TraffickingEvent.eventType": {
    label: "Tipo de evento",
    description: "Captación, tránsito o explotación.",
    reviewed: false,
  },
  "TraffickingEvent.date": {
    label: "Fecha",
    description: "Cuándo ocurrió o comenzó el evento.",
    reviewed: false,
  },
  "TraffickingEvent.place": {
    label: "Lugar",
    description: "Dónde ocurrió el evento.",
    reviewed: false,
  },
  "TraffickingEvent.endDate": {
    label: "Fecha de fin",
    description: "Cuándo terminó el evento, como el fin de una explotación o la llegada al final de un tramo.",
    reviewed: false,
  },
  "TraffickingEvent.from": {
    label: "Desde",
    description: "Dónde empezó un tramo del trayecto.",
    reviewed: false,
  },
  "TraffickingEvent.to": {
    label: "Hasta",
    description: "Dónde terminó un tramo del trayecto.",
    reviewed: false,
  },
  "TraffickingEvent.transportMode": {
    label: "Medio de transporte",
    description: "Cómo viajaron las personas.",
    reviewed: false,
  },
  "TraffickingEvent.borderCrossing": {
    label: "Cruce de frontera",
    description: "Cómo se cruzó una frontera en el tramo, si se cruzó.",
    reviewed: false,
  },
  "BorderCrossing.kind": {
    label: "Tipo de cruce",
    description: "Por un paso fronterizo habilitado, o irregular.",
    reviewed: false,
  },
  "BorderCrossing.point": {
    label: "Lugar del cruce",
    description: "El nombre del paso fronterizo, o dónde se cruzó la frontera.",
    reviewed: false,
  },
  "TraffickingEvent.participants": {
    label: "Personas en el trayecto",
    description: "Las personas del tramo, cada una con su rol.",
    reviewed: false,
  },
  "LegParticipant.person": {
    label: "Persona",
    description: "Id de la Person.",
    reviewed: false,
  },
  "LegParticipant.role": {
    label: "Rol en el trayecto",
    description: "Qué hizo la persona en el tramo: fue trasladada, transportó, acompañó, captó o recibió.",
    reviewed: false,
  },
  "TraffickingEvent.persons": {
    label: "Personas",
    description: "Ids de las Person a las que concierne el evento; si falta, todas las víctimas del caso.",
    reviewed: false,
  },
  "TraffickingEvent.description": {
    label: "Descripción",
    description: "Relato del evento.",
    reviewed: false,
  },
  "Case.relatedCases": {
    label: "Casos vinculados",
    description: "Ids de los Case vinculados, como el caso en que una víctima figura como persona sospechosa.",
    reviewed: false,
  },
  "Case.comments": {
    label: "Comentarios",
    description: "Comentarios del personal del caso.",
    reviewed: false,
  },
  "CaseComment.text": {
    label: "Comentario",
    description: "El comentario.",
    reviewed: false,
  },
  "CaseComment.createdAt": {
    label: "Escrito el",
    description: "Cuándo se escribió el comentario.",
    reviewed: false,
  },
  "CaseComment.author": {
    label: "Autor",
    description: "Id de la Organization cuyo personal lo escribió.",
    reviewed: false,
  },
  "Case.supportPlans": {
    label: "Planes de apoyo",
    description: "Planes de apoyo a las víctimas.",
    reviewed: false,
  },
  "SupportPlan.planType": {
    label: "Tipo de plan",
    description: "El tipo de apoyo.",
    reviewed: false,
  },
  "SupportPlan.person": {
    label: "Persona",
    description: "Id de la Person a quien apoya el plan.",
    reviewed: false,
  },
  "SupportPlan.objectives": {
    label: "Objetivos",
    description: "Lo que persigue el plan.",
    reviewed: false,
  },
  "SupportPlan.actionPlan": {
    label: "Plan de acción",
    description: "Las acciones previstas.",
    reviewed: false,
  },
  "SupportPlan.plannedEndOn": {
    label: "Fin previsto",
    description: "Cuándo debería terminar el plan.",
    reviewed: false,
  },
  "SupportPlan.actualEndOn": {
    label: "Fin real",
    description: "Cuándo terminó el plan.",
    reviewed: false,
  },
  "Operation.kind": {
    label: "Tipo de operativo",
    description: "Allanamiento, inspección, interceptación, rescate...",
    reviewed: false,
  },
  "Operation.date": {
    label: "Fecha",
    description: "Cuándo se realizó el operativo.",
    reviewed: false,
  },
  "Operation.leadAgency": {
    label: "Organismo a cargo",
    description: "Id de la Organization que dirigió el operativo.",
    reviewed: false,
  },
  "Operation.otherAgencies": {
    label: "Otros organismos",
    description: "Ids de las demás Organization participantes.",
    reviewed: false,
  },
  "Operation.place": {
    label: "Lugar",
    description: "Dónde se realizó el operativo.",
    reviewed: false,
  },
  "Operation.rescued": {
    label: "Personas rescatadas",
    description: "Las personas rescatadas o interceptadas en el operativo.",
    reviewed: false,
  },
  "OperationHeadcount.persons": {
    label: "Personas",
    description: "Ids de las entidades Person afectadas.",
    reviewed: false,
  },
  "OperationHeadcount.count": {
    label: "Cantidad",
    description: "Cuántas personas, con o sin nombre.",
    reviewed: false,
  },
  "Operation.arrested": {
    label: "Personas detenidas",
    description: "Las personas detenidas en el operativo.",
    reviewed: false,
  },
  "Operation.cases": {
    label: "Casos",
    description: "Ids de los Case que abrió el operativo o a los que pertenece.",
    reviewed: false,
  },
  "Operation.description": {
    label: "Descripción",
    description: "Relato del operativo; sin datos personales.",
    reviewed: false,
  },
  "Referral.from": {
    label: "Organización que deriva",
    description: "Id de la Organization que deriva.",
    reviewed: false,
  },
  "Referral.to": {
    label: "Organización receptora",
    description: "Id de la Organization a la que se deriva.",
    reviewed: false,
  },
  "Referral.person": {
    label: "Persona derivada",
    description: "Id de la Person derivada.",
    reviewed: false,
  },
  "Referral.case": {
    label: "Caso",
    description: "Id del Case al que pertenece la derivación.",
    reviewed: false,
  },
  "Referral.status": {
    label: "Estado de la derivación",
    description: "propuesta, aceptada, rechazada, completada o retirada.",
    reviewed: false,
  },
  "Referral.proposedOn": {
    label: "Fecha de derivación",
    description: "Cuándo se hizo la derivación.",
    reviewed: false,
  },
  "Referral.respondedOn": {
    label: "Fecha de respuesta",
    description: "Cuándo aceptó o rechazó la organización receptora.",
    reviewed: false,
  },
  "Referral.closedOn": {
    label: "Fecha de cierre",
    description: "Cuándo se completó o retiró la derivación.",
    reviewed: false,
  },
  "Referral.reasons": {
    label: "Motivos",
    description: "Por qué se deriva a la persona, valores de HTCDS 2.0.",
    reviewed: false,
  },
  "Referral.details": {
    label: "Detalle de la derivación",
    description: "Detalle narrativo de la derivación.",
    reviewed: false,
  },
  "Referral.services": {
    label: "Servicios solicitados",
    description: "Los servicios que pide la derivación.",
    reviewed: false,
  },
  "Referral.caseWorkers": {
    label: "Personal a cargo",
    description: "Nombres o ids del personal a cargo en cada lado.",
    reviewed: false,
  },
  "Referral.caseWorkers.referring": {
    label: "Profesional que deriva",
    description: "Nombre o id de quien deriva el caso.",
    reviewed: false,
  },
  "Referral.caseWorkers.receiving": {
    label: "Profesional que recibe",
    description: "Nombre o id de quien recibe el caso.",
    reviewed: false,
  },
  "Referral.consent": {
    label: "Consentimiento",
    description: "Id del Consent en que se basa la derivación.",
    reviewed: false,
  },
  "Consent.person": {
    label: "Persona",
    description: "Id de la Person que consiente.",
    reviewed: false,
  },
  "Consent.kind": {
    label: "Consentimiento para",
    description: "Consentimiento para el uso y la comunicación de datos (por defecto) o para una entrevista.",
    reviewed: false,
  },
  "Consent.decision": {
    label: "Decisión",
    description: "Otorgado (por defecto) o denegado.",
    reviewed: false,
  },
  "Consent.purposes": {
    label: "Finalidades",
    description:
      "Para qué pueden usarse los datos o, en una negativa, para qué no deben usarse (si está vacío, no se permite ningún uso).",
    reviewed: false,
  },
  "Consent.givenOn": {
    label: "Otorgado el",
    description: "Cuándo se otorgó o se denegó el consentimiento.",
    reviewed: false,
  },
  "Consent.expiresOn": {
    label: "Vence el",
    description:
      "El último día en que rige el consentimiento; comunicar los datos después requiere un consentimiento nuevo.",
    reviewed: false,
  },
  "Consent.recipients": {
    label: "Destinatarios",
    description:
      "Ids de las únicas Organization a las que pueden comunicarse los datos; si falta, cualquier destinatario para las finalidades.",
    reviewed: false,
  },
  "Consent.countries": {
    label: "Países",
    description: "Los únicos países a los que pueden ir los datos; si falta, cualquier país.",
    reviewed: false,
  },
  "Consent.informedOf": {
    label: "Información recibida",
    description: "Qué se le dijo a la persona antes de decidir (según la guía de consentimiento de HTCDS).",
    reviewed: false,
  },
  "Consent.withdrawnOn": {
    label: "Revocado el",
    description: "Cuándo se revocó el consentimiento.",
    reviewed: false,
  },
  "Consent.method": {
    label: "Cómo se obtuvo",
    description: "Por escrito, verbal, digital, por tutor...",
    reviewed: false,
  },
  "Consent.guardian": {
    label: "Tutor",
    description: "Id de la Person que consintió por un niño o niña.",
    reviewed: false,
  },
  "Consent.assent": {
    label: "Asentimiento del niño, niña o adolescente",
    description: "El asentimiento del propio niño, niña o adolescente, junto al consentimiento que dio su tutor/a.",
    reviewed: false,
  },
  "Assent.decision": {
    label: "Asentimiento del niño, niña o adolescente",
    description: "Dado, negado o no solicitado.",
    reviewed: false,
  },
  "Assent.on": {
    label: "Consultado el",
    description: "Cuándo se consultó al niño, niña o adolescente.",
    reviewed: false,
  },
  "Consent.recordedBy": {
    label: "Registrado por",
    description: "Id de la Organization que registró el consentimiento.",
    reviewed: false,
  },
  "Consent.language": {
    label: "Idioma del consentimiento",
    description: "El idioma en que se explicó el consentimiento: ISO 639-3 (se acepta ISO 639-1).",
    reviewed: false,
  },
  "Assessment.instrument": {
    label: "Instrumento",
    description: "El id de la lista de verificación, como ilo-forced-labour-2012.",
    reviewed: false,
  },
  "Assessment.instrumentVersion": {
    label: "Versión del instrumento",
    description: "La versión de la lista.",
    reviewed: false,
  },
  "Assessment.subject": {
    label: "Persona evaluada",
    description: "Id de la Person evaluada.",
    reviewed: false,
  },
  "Assessment.case": {
    label: "Caso",
    description: "Id del Case al que pertenece la evaluación.",
    reviewed: false,
  },
  "Assessment.assessedOn": {
    label: "Evaluado el",
    description: "Cuándo se hizo la evaluación.",
    reviewed: false,
  },
  "Assessment.assessor": {
    label: "Evaluador",
    description: "Id de la Organization cuyo personal evaluó.",
    reviewed: false,
  },
  "Assessment.answers": {
    label: "Respuestas",
    description: "Las respuestas dadas.",
    reviewed: false,
  },
  "AssessmentAnswer.question": {
    label: "Id de la pregunta",
    description: "El id de la pregunta de la lista respondida.",
    reviewed: false,
  },
  "AssessmentAnswer.value": {
    label: "Respuesta",
    description: "sí, no, desconocido, un número o un texto.",
    reviewed: false,
  },
  "AssessmentAnswer.evidence": {
    label: "Evidencia",
    description: "En qué se basa la respuesta.",
    reviewed: false,
  },
  "Assessment.result": {
    label: "Resultado",
    description: "El resultado explicable.",
    reviewed: false,
  },
  "AssessmentResult.classification": {
    label: "Clasificación",
    description: "El resultado del instrumento, como trabajo forzoso o desconocido.",
    reviewed: false,
  },
  "AssessmentResult.indicators": {
    label: "Indicadores",
    description: "El resultado de cada indicador.",
    reviewed: false,
  },
  "IndicatorFinding.indicator": {
    label: "Indicador",
    description: "El id del indicador.",
    reviewed: false,
  },
  "IndicatorFinding.status": {
    label: "Estado",
    description: "Si el indicador está presente: sí, no o desconocido.",
    reviewed: false,
  },
  "IndicatorFinding.evidence": {
    label: "Evidencia",
    description: "Las respuestas o hechos en que se basa el resultado.",
    reviewed: false,
  },
  "AssessmentResult.unknowns": {
    label: "Aún desconocido",
    description: "Preguntas cuya respuesta cambiaría el resultado.",
    reviewed: false,
  },
  "LegalProceeding.case": {
    label: "Caso",
    description: "Id del Case al que pertenece el proceso.",
    reviewed: false,
  },
  "LegalProceeding.jurisdiction": {
    label: "Jurisdicción",
    description: "El país (y subdivisión) cuyos tribunales lo conocen.",
    reviewed: false,
  },
  "LegalProceeding.court": {
    label: "Tribunal",
    description: "El tribunal o la fiscalía.",
    reviewed: false,
  },
  "LegalProceeding.docketNumber": {
    label: "Número de expediente",
    description: "El número de expediente judicial.",
    reviewed: false,
  },
  "LegalProceeding.stage": {
    label: "Etapa",
    description: "En qué etapa está el proceso.",
    reviewed: false,
  },
  "LegalProceeding.charges": {
    label: "Cargos",
    description: "Los cargos formulados.",
    reviewed: false,
  },
  "Charge.instrument": {
    label: "Instrumento legal",
    description: "La ley citada, por su código de perfil.",
    reviewed: false,
  },
  "Charge.section": {
    label: "Artículo",
    description: "El artículo citado.",
    reviewed: false,
  },
  "Charge.against": {
    label: "Personas imputadas",
    description: "Ids de las Person imputadas.",
    reviewed: false,
  },
  "LegalProceeding.filedOn": {
    label: "Presentado el",
    description: "Cuándo empezó el proceso.",
    reviewed: false,
  },
  "LegalProceeding.decidedOn": {
    label: "Resuelto el",
    description: "Cuándo se resolvió.",
    reviewed: false,
  },
  "LegalProceeding.outcome": {
    label: "Resultado",
    description: "Condena, absolución, sobreseimiento...",
    reviewed: false,
  },
  "LegalProceeding.sentence": {
    label: "Condena",
    description: "La condena impuesta.",
    reviewed: false,
  },
  "Sentence.imprisonmentMonths": {
    label: "Prisión (meses)",
    description: "Duración de la prisión en meses.",
    reviewed: false,
  },
  "Sentence.fine": {
    label: "Multa",
    description: "La multa, con su moneda ISO 4217.",
    reviewed: false,
  },
  "Sentence.fine.amount": {
    label: "Importe",
    description: "El importe de la multa.",
    reviewed: false,
  },
  "Sentence.fine.currency": {
    label: "Moneda",
    description: "Código de moneda ISO 4217, como THB.",
    reviewed: false,
  },
  "Sentence.description": {
    label: "Descripción",
    description: "La condena tal como se dictó.",
    reviewed: false,
  },
} as const satisfies Readonly<Record<string, FieldTexts>>;
