import type { InstrumentId, QuestionIdOf } from "../../checklists/registry";
import type { ChecklistTexts } from "../catalogue";

/**
 * The Spanish texts of every screening checklist: title, purpose, and each question with its note (and a
 * choice question's options), keyed by instrument and question id. Neutral Latin-American Spanish, usable in
 * Argentina and Paraguay, addressing the person asking as usted, in the terms of docs/glossary.md (trata,
 * captación, trabajo forzoso). Every entry stays `reviewed: false` until a native-speaking professional of
 * the field has reviewed it.
 */
export const checklists: { readonly [C in InstrumentId]: ChecklistTexts<QuestionIdOf<C>> } = {
  "ilo-fl-2012": {
    title: { text: "Detección de los indicadores de trabajo forzoso de la OIT", reviewed: false },
    purpose: {
      text: 'Una primera detección, a cargo de inspectores de trabajo, policías o personal de alojamientos de protección, de los 11 indicadores de trabajo forzoso de la OIT (2012). Los indicadores son señales, no una prueba jurídica: un solo "sí" basta para decir que hay indicadores de trabajo forzoso y para derivar a la persona al organismo que identifica a las víctimas. Ante la duda, responda "no se sabe" en lugar de suponer.',
      reviewed: false,
    },
    questions: {
      age: {
        text: {
          text: "¿Qué edad tiene la persona, en años? Si no está segura, anote su mejor estimación.",
          reviewed: false,
        },
        note: {
          text: "Una persona joven puede haber recibido la orden de decir que es mayor. Si la edad es una estimación a partir de documentos o del aspecto, indíquelo en las notas del caso.",
          reviewed: false,
        },
      },
      migrant: { text: { text: "¿La persona es de un país distinto de aquel donde trabaja?", reviewed: false } },
      "took-advantage": {
        text: {
          text: "¿El empleador se aprovechó de la situación difícil de la persona (pobreza, falta de documentos, no hablar el idioma, estar lejos de su hogar) para que aceptara condiciones que de otro modo no aceptaría?",
          reviewed: false,
        },
      },
      "depends-on-employer": {
        text: {
          text: "¿La persona depende del empleador para cosas que no puede conseguir en otro lado, como la vivienda, la comida, su permanencia en el país o el único trabajo que encuentra?",
          reviewed: false,
        },
      },
      "job-different-from-promised": {
        text: {
          text: "¿El trabajo es distinto del que le prometieron a la persona cuando la captaron: otro tipo de trabajo, otro lugar u otro empleador?",
          reviewed: false,
        },
      },
      "pay-different-from-promised": {
        text: {
          text: "¿La paga o las condiciones son peores de lo que le dijeron antes de empezar (el salario, el horario, los descuentos, la vivienda)?",
          reviewed: false,
        },
      },
      "cannot-come-and-go": {
        text: {
          text: "¿Se le impide a la persona salir del lugar de trabajo o de donde vive cuando no está trabajando: la encierran, la vigilan o le dicen que no puede salir?",
          reviewed: false,
        },
      },
      "always-accompanied": {
        text: {
          text: "Cuando la persona sale, ¿tiene que acompañarla el empleador o alguien que trabaja para él?",
          reviewed: false,
        },
      },
      "no-contact-with-family": {
        text: {
          text: "¿Se le impide a la persona comunicarse con su familia o sus amistades, por ejemplo porque le quitaron el teléfono o no la dejan llamar?",
          reviewed: false,
        },
      },
      "cut-off-place": {
        text: {
          text: "¿El lugar donde la persona trabaja o vive está aislado de otras personas (un barco en el mar, un campamento remoto, una casa cerrada), o la persona no sabe dónde queda?",
          reviewed: false,
        },
      },
      "physical-violence": {
        text: {
          text: "¿El empleador, o alguien que trabaja para él, golpeó o lastimó a la persona o a alguien de su familia?",
          reviewed: false,
        },
        note: {
          text: "Pregunte solo en privado, donde nadie del lugar de trabajo pueda escuchar. No le pida que describa ni que muestre lesiones; un examen médico le corresponde a un médico, con el consentimiento de la persona.",
          reviewed: false,
        },
      },
      "sexual-violence": {
        text: {
          text: "¿La persona sufrió abuso sexual o fue obligada a actos sexuales por el empleador, un captador o alguien que trabaja para ellos?",
          reviewed: false,
        },
        note: {
          text: "No pregunte sobre violencia sexual delante de otras personas ni sin una persona entrevistadora capacitada; registre lo que la persona cuente por sí misma. Cuando sea posible, deje que elija si prefiere hablar con una mujer o con un hombre.",
          reviewed: false,
        },
      },
      "forced-drugs": {
        text: {
          text: "¿Obligaron a la persona a consumir drogas o alcohol, por ejemplo para que siguiera trabajando o para controlarla?",
          reviewed: false,
        },
        note: {
          text: "Pregunte sin culpar: a una persona a la que obligaron a consumir drogas no se la debe tratar como infractora por ello.",
          reviewed: false,
        },
      },
      threats: {
        text: {
          text: "¿Alguien amenazó a la persona o a su familia con hacerles daño, con la policía, con quitarle el trabajo o con cualquier otra cosa si se quejaba, dejaba de trabajar o se iba?",
          reviewed: false,
        },
        note: {
          text: "También cuentan las amenazas a compañeros de trabajo hechas delante de la persona.",
          reviewed: false,
        },
      },
      "immigration-threats": {
        text: {
          text: "¿Alguien amenazó con denunciar a la persona ante las autoridades migratorias o con hacer que la devuelvan a su país?",
          reviewed: false,
        },
        note: {
          text: "Una persona que teme ser deportada puede decir que no para protegerse. Pregunte con calma y diga con honestidad qué hará con la respuesta.",
          reviewed: false,
        },
      },
      "documents-kept": {
        text: {
          text: "¿El empleador u otra persona guarda el pasaporte o el documento de identidad de la persona, de modo que no puede recuperarlo cuando lo pide?",
          reviewed: false,
        },
        note: {
          text: 'Pregunte dónde están los documentos, no solo quién los tiene. Guardarlos "para que no se pierdan" también cuenta si la persona no puede recuperarlos cuando los pide.',
          reviewed: false,
        },
      },
      "work-permit-held": {
        text: {
          text: "¿El empleador guarda el permiso de trabajo de la persona u otros papeles que le permiten quedarse en el país?",
          reviewed: false,
        },
      },
      "pay-held-back": {
        text: {
          text: "¿Se retiene o se posterga la paga de la persona, por ejemplo pagándole solo al final de la temporada o del contrato, de modo que la perdería si se va?",
          reviewed: false,
        },
      },
      "pay-given-to-others": {
        text: {
          text: "¿La paga de la persona se le entrega a otra persona (un intermediario, un captador, un jefe) o se deposita en una cuenta o tarjeta que la persona no puede usar?",
          reviewed: false,
        },
      },
      "working-off-debt": {
        text: {
          text: "¿La persona tiene que seguir trabajando para pagar una deuda con el empleador, el captador o alguien vinculado a ellos (por el viaje, una comisión de contratación, un adelanto, la comida o la vivienda)?",
          reviewed: false,
        },
      },
      "debt-keeps-growing": {
        text: {
          text: "¿La deuda no deja de crecer, o la persona no sabe cuánto le falta pagar ni cómo se calcula?",
          reviewed: false,
        },
      },
      "dangerous-work": {
        text: {
          text: "¿El trabajo es peligroso o dañino para la salud, sin la protección adecuada (productos químicos, máquinas, alturas, cargas pesadas, trabajo en el mar)?",
          reviewed: false,
        },
      },
      "degrading-housing": {
        text: {
          text: "¿El lugar donde vive la persona está hacinado, sucio o es inseguro, o no tiene suficiente comida, agua o baños?",
          reviewed: false,
        },
        note: { text: "Si puede ver la vivienda en persona, responda según lo que observe.", reviewed: false },
      },
      "denied-medical-care": {
        text: {
          text: "¿A la persona le negaron atención médica, o le impidieron ver a un médico, cuando estaba enferma o herida?",
          reviewed: false,
        },
      },
      "very-long-hours": {
        text: {
          text: "¿La persona trabaja jornadas muy largas (por ejemplo, 12 horas o más) o no tiene un día de descanso por semana?",
          reviewed: false,
        },
      },
      "cannot-refuse-overtime": {
        text: {
          text: "¿Obligan a la persona a hacer horas extra o a estar de guardia, con una sanción (menos paga, amenazas, perder el trabajo) si se niega?",
          reviewed: false,
        },
      },
    },
  },
  "icls-2018": {
    title: { text: "Preguntas sobre trabajo forzoso según las directrices de la CIET de 2018", reviewed: false },
    purpose: {
      text: 'Preguntas que siguen la definición estadística de trabajo forzoso de la 20.ª Conferencia Internacional de Estadísticos del Trabajo (CIET, 2018), para encuestas y para detecciones que deben poder compararse entre organismos y países. Un trabajo es forzoso cuando es a la vez involuntario (al menos una de las circunstancias es "sí") y realizado bajo amenaza de una pena (al menos uno de los elementos de coerción es "sí"). Una amenaza que la persona vio cumplirse contra un compañero de trabajo cuenta igual que una dirigida a ella. Todas las respuestas se refieren al período de referencia elegido al principio.',
      reviewed: false,
    },
    questions: {
      age: {
        text: {
          text: "¿Qué edad tiene la persona, en años? Si no está segura, anote su mejor estimación.",
          reviewed: false,
        },
        note: {
          text: "Una persona joven puede haber recibido la orden de decir que es mayor. Si la edad es una estimación a partir de documentos o del aspecto, indíquelo en las notas del caso.",
          reviewed: false,
        },
      },
      migrant: { text: { text: "¿La persona es de un país distinto de aquel donde trabaja?", reviewed: false } },
      "reference-period": {
        text: { text: "¿Qué período abarcan las respuestas?", reviewed: false },
        note: {
          text: "Elíjalo antes de la primera pregunta y dígaselo a la persona, para que todas las respuestas abarquen el mismo tiempo. Una encuesta a toda la población suele preguntar por un período largo; una detección en un solo lugar de trabajo, por el trabajo actual.",
          reviewed: false,
        },
        options: {
          "current-job": { text: "El trabajo actual", reviewed: false },
          "last-12-months": { text: "Los últimos 12 meses", reviewed: false },
          "last-5-years": { text: "Los últimos 5 años", reviewed: false },
          ever: { text: "Alguna vez en la vida", reviewed: false },
        },
      },
      "unfree-recruitment": {
        text: {
          text: "¿La persona nació en este trabajo porque su familia está atada al empleador, o fue vendida, intercambiada o entregada al empleador, por ejemplo para pagar una deuda familiar?",
          reviewed: false,
        },
        note: {
          text: "Pregunte por la situación de la familia con delicadeza y sin culpar a los padres.",
          reviewed: false,
        },
      },
      "different-job": {
        text: {
          text: "¿La persona hace un tipo de trabajo distinto del que aceptó cuando la captaron, sin haber aceptado el cambio?",
          reviewed: false,
        },
      },
      "overtime-not-agreed": {
        text: {
          text: "¿Obligan a la persona a hacer horas extra o a estar de guardia más allá de lo que acordó con el empleador?",
          reviewed: false,
        },
      },
      "hazardous-not-agreed": {
        text: {
          text: "¿La persona hace trabajos peligrosos que no aceptó, reciba o no una paga extra o equipo de protección por ellos?",
          reviewed: false,
        },
      },
      "very-low-or-no-pay": {
        text: { text: "¿A la persona le pagan muy poco, o nada, por el trabajo?", reviewed: false },
      },
      "degrading-living-conditions": {
        text: {
          text: "¿El empleador obliga a la persona a vivir en condiciones degradantes: hacinada, en un lugar sucio o inseguro, sin privacidad o sin suficiente comida o agua?",
          reviewed: false,
        },
      },
      "other-employers": {
        text: {
          text: "¿Obligan a la persona a trabajar para otros empleadores distintos de aquel con el que acordó trabajar?",
          reviewed: false,
        },
      },
      "longer-than-agreed": {
        text: {
          text: "¿Mantienen a la persona trabajando más tiempo (más semanas, meses o años) del que acordó?",
          reviewed: false,
        },
      },
      "cannot-quit": {
        text: {
          text: "Si la persona quisiera dejar de trabajar para este empleador, aun avisando con anticipación, ¿se lo impedirían?",
          reviewed: false,
        },
      },
      threats: {
        text: {
          text: "¿El empleador, o alguien que actúa en su nombre, amenazó con hacerles daño a la persona, a su familia o a un compañero de trabajo?",
          reviewed: false,
        },
        note: {
          text: "También cuenta una amenaza que la persona vio hacerle a un compañero de trabajo.",
          reviewed: false,
        },
      },
      "physical-violence": {
        text: {
          text: "¿El empleador, o alguien que actúa en su nombre, golpeó o lastimó a la persona, a su familia o a un compañero de trabajo?",
          reviewed: false,
        },
        note: {
          text: "Pregunte solo en privado, donde nadie del lugar de trabajo pueda escuchar. No le pida que describa ni que muestre lesiones; un examen médico le corresponde a un médico, con el consentimiento de la persona.",
          reviewed: false,
        },
      },
      "sexual-violence": {
        text: {
          text: "¿La persona sufrió abuso sexual o fue obligada a actos sexuales por el empleador o por alguien que actúa en su nombre?",
          reviewed: false,
        },
        note: {
          text: "No pregunte sobre violencia sexual delante de otras personas ni sin una persona entrevistadora capacitada; registre lo que la persona cuente por sí misma. Cuando sea posible, deje que elija si prefiere hablar con una mujer o con un hombre.",
          reviewed: false,
        },
      },
      "movement-restricted": {
        text: {
          text: "¿La persona está encerrada, vigilada o se le impide de otro modo salir del lugar de trabajo o de donde vive?",
          reviewed: false,
        },
      },
      "debt-bondage": {
        text: {
          text: "¿La persona tiene que seguir trabajando para pagar una deuda (por la captación, el viaje, un adelanto, la comida o la vivienda) que no deja de crecer o que no puede controlar?",
          reviewed: false,
        },
      },
      "pay-held-back": {
        text: {
          text: "¿El empleador retiene la paga de la persona u otros beneficios prometidos, de modo que los perdería si se va?",
          reviewed: false,
        },
      },
      "documents-kept": {
        text: {
          text: "¿El empleador, o alguien que actúa en su nombre, guarda el pasaporte o el documento de identidad de la persona, de modo que no puede recuperarlo cuando lo pide?",
          reviewed: false,
        },
        note: {
          text: 'Pregunte dónde están los documentos, no solo quién los tiene. Guardarlos "para que no se pierdan" también cuenta si la persona no puede recuperarlos cuando los pide.',
          reviewed: false,
        },
      },
      "work-permit-held": {
        text: { text: "¿El empleador guarda el permiso de trabajo o de residencia de la persona?", reviewed: false },
      },
      "rights-denied": {
        text: {
          text: "¿Amenazaron a la persona con despedirla, o le negaron derechos como días de descanso, atención médica o contacto con su familia, para obligarla a hacer el trabajo?",
          reviewed: false,
        },
      },
      "immigration-threats": {
        text: {
          text: "¿Alguien amenazó con denunciar a la persona ante las autoridades migratorias o con hacer que la devuelvan a su país?",
          reviewed: false,
        },
        note: {
          text: "Una persona que teme ser deportada puede decir que no para protegerse. Pregunte con calma y diga con honestidad qué hará con la respuesta.",
          reviewed: false,
        },
      },
    },
  },
  palermo: {
    title: { text: "Elementos de la trata de personas (Protocolo de Palermo)", reviewed: false },
    purpose: {
      text: "Para policías, personal de alojamientos de protección o equipos interdisciplinarios: registrar lo que una entrevista y lo que se observa muestran sobre los tres elementos de la trata de personas del Protocolo de Palermo, art. 3: algo que se le hizo a la persona (una acción), por algún medio, con fines de explotación (una finalidad). Para una persona menor de 18 años no hace falta ningún medio. Las preguntas se refieren a lo que pasó, no a si fue un delito; la finalidad cuenta aunque solo estuviera planeada y la explotación no hubiera empezado. Decidir si la persona es víctima de trata le corresponde al organismo que identifica a las víctimas.",
      reviewed: false,
    },
    questions: {
      age: {
        text: {
          text: "¿Qué edad tiene la persona, en años? Si no está segura, anote su mejor estimación.",
          reviewed: false,
        },
        note: {
          text: "Una persona joven puede haber recibido la orden de decir que es mayor. Si la edad es una estimación a partir de documentos o del aspecto, indíquelo en las notas del caso.",
          reviewed: false,
        },
      },
      recruited: {
        text: {
          text: "¿Alguien le ofreció a la persona este trabajo o este viaje, o la anotó para hacerlo, en persona, a través de un intermediario o por internet?",
          reviewed: false,
        },
      },
      moved: {
        text: {
          text: "¿Llevaron, enviaron o trasladaron a la persona de un lugar a otro para esto, dentro del país o cruzando una frontera?",
          reviewed: false,
        },
      },
      "handed-over": {
        text: { text: "¿Entregaron, vendieron o pasaron a la persona de una persona o grupo a otro?", reviewed: false },
      },
      "housed-or-kept": {
        text: {
          text: "¿Quienes organizaban o controlaban el trabajo alojaron o retuvieron a la persona en algún lugar, durante el viaje o donde trabajaba?",
          reviewed: false,
        },
      },
      received: {
        text: {
          text: "Cuando la persona llegó, ¿alguien la recibió y la acogió, y después la controló a ella o a su trabajo?",
          reviewed: false,
        },
      },
      "violence-or-threats": {
        text: {
          text: "¿Alguien usó violencia contra la persona, o la amenazó a ella o a su familia con violencia?",
          reviewed: false,
        },
        note: {
          text: "Pregunte solo en privado, donde nadie vinculado al trabajo pueda escuchar. No le pida que describa ni que muestre lesiones.",
          reviewed: false,
        },
      },
      "other-pressure": {
        text: {
          text: "¿Presionaron a la persona de otras maneras para que aceptara, por ejemplo amenazándola con denunciarla a la policía, con avergonzarla o con no dejarla ver a sus hijos?",
          reviewed: false,
        },
      },
      "taken-against-will": {
        text: {
          text: "¿Se llevaron a la persona, o la retuvieron en algún lugar, contra su voluntad?",
          reviewed: false,
        },
      },
      cheated: {
        text: {
          text: "¿Estafaron a la persona para quitarle dinero, documentos o derechos, por ejemplo haciéndole firmar papeles que no entendía o cobrándole comisiones que no había aceptado?",
          reviewed: false,
        },
      },
      "lied-to": {
        text: {
          text: "¿Le mintieron a la persona sobre el trabajo, la paga, el lugar, las condiciones o lo que tendría que hacer?",
          reviewed: false,
        },
      },
      "authority-used": {
        text: {
          text: "¿Alguien con poder sobre la persona (un empleador, un funcionario, un docente, un líder religioso, un familiar mayor) usó ese poder para que aceptara?",
          reviewed: false,
        },
      },
      "no-real-choice": {
        text: {
          text: "¿Alguien se aprovechó de la situación difícil de la persona (pobreza, deudas, enfermedad, discapacidad, falta de documentos, ser joven o estar sola) de modo que no tuvo otra opción real que aceptar?",
          reviewed: false,
        },
      },
      "payment-to-someone-in-control": {
        text: {
          text: "¿Alguien le pagó o le dio algo a quien tenía control sobre la persona (su padre o su madre, su pareja, su tutor, su jefe) para obtener su acuerdo?",
          reviewed: false,
        },
        note: {
          text: "Pregunte sin culpar a la familia: un padre o una madre que recibió dinero también puede haber sido engañado.",
          reviewed: false,
        },
      },
      "sexual-exploitation": {
        text: {
          text: "¿Obligaron a la persona, o planeaban obligarla, a ofrecer sexo o a participar en actos sexuales, fotos o videos sexuales, en beneficio de otra persona?",
          reviewed: false,
        },
        note: {
          text: "No pregunte sobre violencia o explotación sexual delante de otras personas ni sin una persona entrevistadora capacitada; registre lo que la persona cuente por sí misma. No pida detalles que el registro no necesita.",
          reviewed: false,
        },
      },
      "forced-work": {
        text: {
          text: "¿Obligaron a la persona, o planeaban obligarla, a hacer trabajos o servicios que no podía rechazar ni abandonar, incluido pedir limosna, cometer delitos o hacer estafas en línea?",
          reviewed: false,
        },
        note: {
          text: "A una persona obligada a cometer delitos no se la debe castigar por ellos: pregunte sin culpar.",
          reviewed: false,
        },
      },
      "treated-as-property": {
        text: {
          text: "¿Trataron a la persona como si fuera propiedad de alguien: la compraron o la vendieron, la retuvieron con una deuda que nunca podrá pagar o la obligaron a casarse?",
          reviewed: false,
        },
      },
      servitude: {
        text: {
          text: "¿Obligaron a la persona a vivir y trabajar para otra persona, por ejemplo en su casa, sin ninguna forma de cambiar su situación?",
          reviewed: false,
        },
      },
      "organ-removal": {
        text: {
          text: "¿Obligaron o presionaron a la persona para que entregara un órgano, como un riñón, o la llevaron a algún lugar con ese fin?",
          reviewed: false,
        },
        note: {
          text: "Si la persona pudo haber sido operada, ofrézcale acompañarla a un médico, con su consentimiento. No pida ver cicatrices.",
          reviewed: false,
        },
      },
      "other-exploitation": {
        text: {
          text: "¿Explotaron a la persona de alguna otra forma que no se preguntó antes, por ejemplo obligándola a gestar un hijo para otra persona, o la usó un grupo armado?",
          reviewed: false,
        },
      },
      consented: {
        text: { text: "Al principio, ¿la persona aceptó el trabajo o el viaje?", reviewed: false },
        note: {
          text: "Pregunte sin juzgar. Haber aceptado al principio no le quita gravedad: una vez que se usó un medio, como mentiras o amenazas, el consentimiento de la persona no cuenta.",
          reviewed: false,
        },
      },
    },
  },
  "child-labour": {
    title: { text: "Detección de trabajo infantil", reviewed: false },
    purpose: {
      text: "Para inspectores de trabajo, policías, docentes o trabajadores sociales que encuentran a un niño, niña o adolescente trabajando: saber si el trabajo está por debajo de la edad mínima, si es peligroso o si es una de las peores formas de trabajo infantil (convenios de la OIT núm. 138 y núm. 182). Las edades mínimas vienen del perfil de país, por lo que las mismas respuestas pueden dar otro resultado en otro país. Hable con el niño, niña o adolescente en un lugar seguro, con palabras que entienda y, cuando sea en su interés, con un adulto de su confianza presente.",
      reviewed: false,
    },
    questions: {
      age: {
        text: {
          text: "¿Qué edad tiene la persona, en años? Si no está segura, anote su mejor estimación.",
          reviewed: false,
        },
        note: {
          text: "Un niño, niña o adolescente puede haber recibido la orden de decir que es mayor. Si la edad es una estimación a partir de documentos o del aspecto, indíquelo en las notas del caso.",
          reviewed: false,
        },
      },
      works: {
        text: {
          text: "¿El niño, niña o adolescente hace algún trabajo, pagado o no, para alguien fuera de su propio hogar o en un negocio familiar?",
          reviewed: false,
        },
        note: {
          text: "Las tareas de la casa en su propio hogar no cuentan aquí; ayudar en un comercio, un campo o un puesto de la familia, sí.",
          reviewed: false,
        },
      },
      "light-work": {
        text: {
          text: "¿Es solo un trabajo ligero: pocas horas al día, que no daña su salud ni su desarrollo y no le impide ir a la escuela?",
          reviewed: false,
        },
      },
      hazardous: {
        text: {
          text: "¿El trabajo es peligroso, por ejemplo en el mar o en barcos de pesca, con productos químicos o plaguicidas, con máquinas o herramientas peligrosas, bajo tierra o en altura, de noche o cargando pesos?",
          reviewed: false,
        },
        note: {
          text: "Responda según lo que observe y lo que cuente el niño, niña o adolescente. Legalmente decide la lista de trabajos peligrosos del país; por eso anote en las notas del caso qué hace peligroso el trabajo.",
          reviewed: false,
        },
      },
      "sold-or-forced": {
        text: {
          text: "¿El niño, niña o adolescente fue vendido o intercambiado, obligado a trabajar para pagar una deuda, forzado a trabajar, o reclutado para combatir o servir a un grupo armado?",
          reviewed: false,
        },
        note: {
          text: "Pregunte por la familia sin culpar: los padres pueden haber sido engañados o estar endeudados. Si corre peligro ahora, actúe primero y pregunte después.",
          reviewed: false,
        },
      },
      "sexual-exploitation": {
        text: {
          text: "¿Se utilizó, ofreció o buscó al niño, niña o adolescente para actividades sexuales a cambio de dinero o de cualquier otra cosa, o para fotos o videos sexuales?",
          reviewed: false,
        },
        note: {
          text: "No pregunte a un niño, niña o adolescente sobre abuso sexual delante de otras personas ni sin una persona entrevistadora capacitada para la niñez; registre lo que cuente por sí mismo. No puede consentir esto: nunca pregunte si estuvo de acuerdo.",
          reviewed: false,
        },
      },
      "illicit-activities": {
        text: {
          text: "¿Se utilizó al niño, niña o adolescente para cultivar, transportar o vender drogas, o para cometer otros delitos?",
          reviewed: false,
        },
        note: {
          text: "Dígale que no tendrá problemas por responder. A un niño, niña o adolescente utilizado para cometer delitos se lo protege, no se lo castiga.",
          reviewed: false,
        },
      },
    },
  },
};
