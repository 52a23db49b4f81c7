"""Las guías y los módulos en español. Claves y orden según `learning.content`."""

SMART_POINTS = [
    "Específico: ¿qué va a cambiar exactamente? «Dirigir personalmente la revisión trimestral del "
    "proyecto» en lugar de «ser más visible».",
    "Medible: ¿cómo se verá el avance? Una cifra, un resultado terminado, la opinión de alguien.",
    "Alcanzable: ambicioso, pero al alcance del puesto y del tiempo disponible.",
    "Relevante: importa para el trabajo y para la dirección en la que la persona mentorizada quiere crecer.",
    "Con plazo: ¿para cuándo? Una fecha dentro del programa, con pasos intermedios.",
]

TEXT = {
    "guides": {
        "mentor": {
            "title": "Guía para mentores",
            "intro": "Gracias por dedicar tu tiempo y tu experiencia a un profesional de otra "
            "organización. Esta guía explica qué te pide el programa y cómo sacarle el máximo partido, "
            "para la persona que mentorizas y para ti.",
            "sections": {
                "purpose": {
                    "title": "Por qué la mentoría entre empresas",
                    "paragraphs": [
                        "En este programa acompañas a alguien que trabaja en otra organización. Como no "
                        "tienes ningún interés en su empresa, su equipo o su próxima evaluación, puede "
                        "hablar contigo con más libertad que con un jefe o un compañero: de dudas, "
                        "decisiones de carrera y situaciones difíciles en el trabajo. Y como no le ves a "
                        "diario, valoras su crecimiento con una mirada nueva.",
                        "Tú también ganas. Los mentores suelen decir que aprenden tanto como enseñan:",
                    ],
                    "points": [
                        "Tu mentee obtiene una mirada externa, un espacio seguro para pensar en voz alta y "
                        "acceso a tu red de contactos.",
                        "Tú afinas tu capacidad de escucha y de coaching, que también te hace mejor líder "
                        "en tu propia organización, y ves tu campo con los ojos de otra persona.",
                        "Ambas organizaciones se llevan prácticas, ideas y contactos; a veces surgen "
                        "proyectos conjuntos.",
                    ],
                },
                "role": {
                    "title": "Qué se te pide",
                    "paragraphs": [
                        "Un mentor no es un jefe, un formador ni un consultor. Tu tarea es ayudar a tu "
                        "mentee a pensar, decidir y actuar por sí mismo.",
                    ],
                    "points": [
                        "Participa durante todo el programa y reúnete con regularidad, normalmente cada "
                        "cuatro a seis semanas durante una hora, en persona o por vídeo.",
                        "Firma al principio el acuerdo con tu mentee: confidencialidad, con qué frecuencia "
                        "y cómo os reunís, y qué esperáis el uno del otro. Recordad esas expectativas de "
                        "vez en cuando.",
                        "Guarda la confidencialidad de lo que se dice. Nunca transmitas lo que oigas sobre "
                        "la empresa de tu mentee, y nunca uses la relación para captar personal o vender.",
                        "Responde a las solicitudes antes de que venza el plazo. Si no puedes acompañar a "
                        "alguien, rechaza la solicitud con un motivo breve para que pueda buscar a otra "
                        "persona.",
                        "Responde a los breves seguimientos periódicos y avisa pronto a tu coordinador si "
                        "la relación se estanca.",
                    ],
                },
                "conversation": {
                    "title": "Cómo mantener una conversación de mentoría productiva",
                    "paragraphs": [
                        "Las buenas conversaciones tienen un foco claro, y ese foco es del mentee. Una "
                        "estructura sencilla ayuda (GROW):",
                    ],
                    "points": [
                        "Goal (objetivo): pregunta qué quiere sacar tu mentee de esta conversación y cómo "
                        "sabrá que ha sido útil.",
                        "Reality (realidad): explora la situación con preguntas abiertas (qué, cómo, quién, "
                        "qué más) antes de dar tu opinión.",
                        "Options (opciones): ayúdale a enumerar varios caminos posibles; aporta tu propia "
                        "experiencia como una opción entre otras, no como la respuesta.",
                        "Way forward (siguiente paso): cierra con una o dos acciones concretas, una fecha y "
                        "lo que tu mentee te contará la próxima vez.",
                    ],
                    "after": [
                        "Escucha más de lo que hablas: como regla general, tu mentee habla dos tercios del "
                        "tiempo. Resume lo que has oído, pregunta antes de aconsejar y cuenta historias de "
                        "tu propia carrera cuando ayuden a tu mentee a ver la situación de otra manera.",
                    ],
                },
                "goals": {
                    "title": "Ayudar a tu mentee a fijar objetivos SMART",
                    "paragraphs": [
                        "En la primera o la segunda reunión, ayuda a tu mentee a convertir deseos generales "
                        "en uno a tres objetivos. Cada objetivo debe ser:",
                    ],
                    "points": SMART_POINTS,
                    "after": [
                        "Los objetivos se registran en la plataforma. Revisa el avance en cada reunión y "
                        "ajusta los objetivos cuando cambien las circunstancias: un objetivo que ya no "
                        "encaja se sustituye, no se olvida en silencio.",
                    ],
                },
                "practice": {
                    "title": "Llevar las ideas a la práctica",
                    "paragraphs": [
                        "Una idea solo cuenta cuando cambia lo que hace tu mentee. Entre reuniones, tu "
                        "mentee prueba algo: una conversación que evitaba, una nueva forma de dirigir una "
                        "reunión, una habilidad que practica. Empieza la siguiente reunión preguntando qué "
                        "probó, qué pasó y qué aprendió.",
                    ],
                    "points": [
                        "Acordad pequeños experimentos en lugar de grandes planes.",
                        "Pide reflexión: ¿qué funcionó y qué harías de otra manera?",
                        "Reconoce los avances, también los experimentos que fallaron pero enseñaron algo.",
                        "Hacia el final del programa, revisad juntos los objetivos y hablad de cómo tu "
                        "mentee seguirá aprendiendo sin ti.",
                    ],
                },
            },
        },
        "mentee": {
            "title": "Guía para mentees",
            "intro": "Te damos la bienvenida al programa. Te acompañará un profesional con experiencia de "
            "otra organización. Esta guía explica qué puedes esperar, qué se te pide y cómo sacar el máximo "
            "partido de tu mentoría.",
            "sections": {
                "purpose": {
                    "title": "Por qué un mentor de otra organización",
                    "paragraphs": [
                        "Tu mentor trabaja en otro lugar y no tiene ningún interés en tu empresa, tu equipo "
                        "o tu próxima evaluación. Eso facilita hablar con franqueza de lo que te resulta "
                        "difícil, de lo que quieres y de lo que te frena. Tu mentor aporta la mirada de otra "
                        "empresa, otro sector u otro país, y valora tu avance sin política interna.",
                    ],
                    "points": [
                        "Un interlocutor independiente para preguntas de carrera y situaciones difíciles.",
                        "Nuevas prácticas, ideas y contactos para llevar a tu propia organización.",
                        "Tiempo y atención dedicados por completo a tu desarrollo.",
                    ],
                },
                "role": {
                    "title": "Qué se te pide",
                    "paragraphs": [
                        "La mentoría es tuya. Tu mentor aporta tiempo y experiencia; tú aportas las "
                        "preguntas, los objetivos y el seguimiento.",
                    ],
                    "points": [
                        "Describe con claridad tus necesidades al inscribirte, y envía solicitudes solo a "
                        "mentores con quienes de verdad quieras trabajar.",
                        "Propón fechas, envía antes un breve orden del día y llega preparado.",
                        "Firma el acuerdo al principio y guarda la confidencialidad de tu mentor, igual que "
                        "tu mentor guarda la tuya.",
                        "Registra tus objetivos y tu avance, y responde con sinceridad a los breves "
                        "seguimientos periódicos.",
                        "Si algo no funciona, dilo pronto: primero a tu mentor y, si hace falta, a tu "
                        "coordinador.",
                    ],
                },
                "conversation": {
                    "title": "Sacar el máximo partido de cada conversación",
                    "paragraphs": [
                        "Antes de cada reunión, anota qué quieres tratar y con qué quieres irte. Uno o dos "
                        "temas son suficientes.",
                    ],
                    "points": [
                        "Empieza contando qué has hecho desde la última reunión y qué has aprendido.",
                        "Describe la situación, no solo tu conclusión: qué pasó, quién estaba implicado, "
                        "qué intentaste.",
                        "Pregunta por la experiencia de tu mentor y haz preguntas sobre ella: ¿cómo "
                        "decidió?, ¿qué haría hoy de otra manera?",
                        "Cierra nombrando tu siguiente paso y cuándo lo darás, y anótalo en la plataforma.",
                    ],
                    "after": [
                        "Tu mentor hará muchas preguntas y dará menos consejos de los que quizá esperas. Es "
                        "a propósito: las respuestas que encuentras tú son las que pones en práctica.",
                    ],
                },
                "goals": {
                    "title": "Fijar objetivos SMART",
                    "paragraphs": [
                        "En tus primeras reuniones, convierte lo que escribiste como necesidades en uno a "
                        "tres objetivos. Cada objetivo debe ser:",
                    ],
                    "points": SMART_POINTS,
                    "after": [
                        "En lugar de «mejorar mis presentaciones», escribe: «A finales de junio presento los "
                        "resultados de mi departamento al comité de dirección y pido a dos asistentes su "
                        "opinión sobre la claridad». Actualiza el avance antes de cada reunión y ajusta un "
                        "objetivo con tu mentor cuando cambie tu situación.",
                    ],
                },
                "practice": {
                    "title": "Llevar las ideas a la práctica",
                    "paragraphs": [
                        "Entre reuniones, prueba una cosa en tu trabajo diario. Los experimentos pequeños y "
                        "concretos enseñan más que las grandes intenciones.",
                    ],
                    "points": [
                        "Después de cada reunión, anota una acción con una fecha.",
                        "Cuenta a un compañero o a tu responsable en qué estás trabajando: lo hace real y "
                        "te aporta opiniones.",
                        "Lleva un breve diario: qué probaste, qué pasó, qué aprendiste.",
                        "Al final del programa, mira atrás a tu punto de partida y decide cómo seguirás "
                        "desarrollándote.",
                    ],
                },
            },
        },
    },
    "modules": {
        "cross-company-mentoring": {
            "title": "Por qué funciona la mentoría entre empresas",
            "summary": "El propósito y los beneficios de la mentoría más allá de la propia empresa, y las "
            "reglas básicas que la hacen segura.",
            "minutes": 8,
            "sections": [
                {
                    "title": "Un mentor de fuera",
                    "paragraphs": [
                        "En la mentoría entre empresas, mentor y mentee trabajan siempre en organizaciones "
                        "distintas. Esa es la esencia del programa: el mentor no tiene interés en la empresa "
                        "del mentee, ni voz en su evaluación, ni papel en la política interna. Los mentees "
                        "hablan con más franqueza y los mentores valoran el crecimiento con más objetividad.",
                    ],
                },
                {
                    "title": "Lo que gana cada parte",
                    "paragraphs": [],
                    "points": [
                        "Mentees: un interlocutor independiente, nuevas perspectivas y una red más amplia.",
                        "Mentores: mejores habilidades de coaching, conocimiento de cómo trabajan otras "
                        "organizaciones y la satisfacción de ayudar a alguien a crecer.",
                        "Organizaciones: prácticas y contactos que vuelven a casa, personas motivadas y, "
                        "para las organizaciones pequeñas, acceso a mentores con experiencia que nunca "
                        "podrían ofrecer por sí solas.",
                    ],
                },
                {
                    "title": "Reglas básicas",
                    "paragraphs": [
                        "Los participantes pueden venir de organizaciones que compiten entre sí, por eso el "
                        "programa se apoya en unas pocas reglas firmes:",
                    ],
                    "points": [
                        "Lo que se dice en una mentoría se queda en ella. Los coordinadores ven si una "
                        "relación va bien, nunca sus notas ni sus mensajes.",
                        "No pidas ni compartas información confidencial de ninguna de las dos empresas.",
                        "La mentoría no es un canal para captar personal, vender o hacer presión.",
                        "Cualquiera de las dos partes puede terminar la relación antes de tiempo, con un "
                        "motivo y sin culpas.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "¿Por qué el programa empareja siempre a un mentee con un mentor de otra "
                    "organización?",
                    "choices": [
                        "Para que alguien de fuera pueda evaluar al mentee para un ascenso",
                        "Para que el mentee pueda hablar libremente con alguien que no tiene interés en su "
                        "empresa",
                        "Porque los mentores no pueden acompañar a personas de su propia organización",
                        "Para que la empresa del mentor conozca a sus competidores",
                    ],
                    "explanation": "Un mentor de otra organización no tiene interés en la empresa ni en la "
                    "evaluación del mentee, así que el mentee puede hablar con franqueza y el mentor puede "
                    "valorar su crecimiento con objetividad. Recabar información sobre otras empresas es "
                    "justo lo que el programa excluye.",
                },
                {
                    "text": "Un coordinador te pregunta qué se habló en la última reunión de mentoría. ¿Qué "
                    "haces?",
                    "choices": [
                        "Le envías un resumen de tus notas",
                        "Le cuentas solo lo que se dijo sobre su propia organización",
                        "Le explicas que las conversaciones son confidenciales: el coordinador ve si la "
                        "relación va bien, no lo que se dice en ella",
                        "Le reenvías los mensajes",
                    ],
                    "explanation": "Lo que se dice en una mentoría se queda en ella. Los coordinadores ven "
                    "el estado de una relación (va bien o necesita atención) y si alguien pidió que le "
                    "contactaran en un seguimiento, pero nunca notas, objetivos ni mensajes.",
                },
                {
                    "text": "¿Cuál de estos es un beneficio para las organizaciones participantes?",
                    "choices": [
                        "Reciben una copia del plan de desarrollo de cada mentee",
                        "Sus personas traen prácticas, ideas y contactos de otras organizaciones",
                        "Pueden contratar a los mentees de sus mentores",
                        "Ya no necesitan un presupuesto de formación propio",
                    ],
                    "explanation": "Las organizaciones ganan a través de sus personas: prácticas, ideas y "
                    "contactos que vuelven a casa, y a veces proyectos conjuntos. Los planes de desarrollo "
                    "son del mentee, y una mentoría nunca es un canal de captación.",
                },
            ],
        },
        "mentoring-conversation": {
            "title": "Cómo mantener una conversación de mentoría productiva",
            "summary": "Una estructura sencilla para las reuniones, el poder de las preguntas abiertas y "
            "cómo terminar con acciones.",
            "minutes": 10,
            "sections": [
                {
                    "title": "Preparar",
                    "paragraphs": [
                        "Una buena reunión empieza antes de empezar. El mentee envía un breve orden del día: "
                        "qué ha pasado desde la última vez, qué quiere tratar y con qué quiere irse. El "
                        "mentor relee los objetivos y las acciones acordadas la vez anterior.",
                    ],
                },
                {
                    "title": "Una estructura que funciona: GROW",
                    "paragraphs": [],
                    "points": [
                        "Goal (objetivo): ¿qué quiere sacar el mentee de esta conversación?",
                        "Reality (realidad): ¿qué está pasando ahora, qué se ha intentado, quién está "
                        "implicado?",
                        "Options (opciones): ¿qué podría hacer el mentee? Enumera varias posibilidades antes "
                        "de elegir.",
                        "Way forward (siguiente paso): ¿qué hará el mentee, para cuándo y cómo lo sabréis?",
                    ],
                },
                {
                    "title": "Escuchar y preguntar",
                    "paragraphs": [
                        "Las preguntas abiertas (qué, cómo, qué más, qué pasaría si) invitan a reflexionar; "
                        "las cerradas (¿has…?, ¿es…?) lo cortan. Resume lo que has oído antes de responder. "
                        "Como mentor, pregunta antes de aconsejar: «¿Te ayudaría que te contara qué hice yo "
                        "en una situación parecida?». Deja que el mentee hable la mayor parte del tiempo.",
                    ],
                },
                {
                    "title": "Cerrar con acciones",
                    "paragraphs": [
                        "Termina cada reunión con una o dos acciones concretas (quién hace qué y para "
                        "cuándo) y la fecha de la próxima reunión. Regístralas en la plataforma para que "
                        "ambos podáis verlas.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "¿Qué pregunta ayuda más a un mentee a explorar su situación?",
                    "choices": [
                        "¿Lo has hablado con tu responsable?",
                        "¿Qué has intentado ya y qué pasó?",
                        "¿Por qué no lo planteaste antes?",
                        "¿No deberías cambiar de equipo sin más?",
                    ],
                    "explanation": "Las preguntas abiertas que empiezan por qué o cómo invitan al mentee a "
                    "reflexionar y contar más. Una pregunta cerrada (¿has…?) obtiene un sí o un no, y «¿por "
                    "qué no…?» o «¿no deberías…?» suenan a juicio o a consejo disfrazado.",
                },
                {
                    "text": "En la estructura GROW, ¿qué ocurre en el paso «Options»?",
                    "choices": [
                        "El mentor le dice al mentee la mejor solución",
                        "El mentee enumera varios caminos posibles, y la experiencia del mentor es uno de "
                        "ellos",
                        "Ambos acuerdan la fecha de la próxima reunión",
                        "El mentee describe con detalle la situación actual",
                    ],
                    "explanation": "Options amplía la mirada: el mentee encuentra varias posibilidades "
                    "antes de elegir. El mentor puede aportar su experiencia como una opción entre otras, "
                    "no como la respuesta. Describir la situación corresponde a Reality; las acciones y "
                    "las fechas, a Way forward.",
                },
                {
                    "text": "¿Cómo debería terminar una conversación de mentoría?",
                    "choices": [
                        "Con un resumen del mentor de lo que el mentee hizo mal",
                        "Con una o dos acciones concretas, una fecha y la próxima reunión programada",
                        "Con una invitación abierta a verse «pronto»",
                        "Con un informe al coordinador",
                    ],
                    "explanation": "Las acciones concretas con fecha convierten una buena conversación en "
                    "avance, y programar la próxima reunión mantiene el ritmo. Los coordinadores nunca "
                    "reciben un informe del contenido; solo ven las señales de los seguimientos periódicos.",
                },
            ],
        },
        "smart-goals": {
            "title": "Fijar objetivos SMART",
            "summary": "Convertir deseos generales en objetivos con los que actuar, que se puedan medir y "
            "revisar.",
            "minutes": 8,
            "sections": [
                {
                    "title": "Por qué importan los objetivos",
                    "paragraphs": [
                        "Los objetivos dan dirección a una mentoría. Sin ellos, las reuniones se convierten "
                        "en conversaciones agradables que cambian poco. Acordad uno a tres objetivos en las "
                        "dos primeras reuniones y volved a ellos en cada reunión.",
                    ],
                },
                {
                    "title": "SMART",
                    "paragraphs": [],
                    "points": SMART_POINTS,
                },
                {
                    "title": "Un ejemplo",
                    "paragraphs": [
                        "Deseo general: «Quiero sentirme más seguro en las reuniones».",
                        "Objetivo SMART: «A partir de mayo, llevo al menos una propuesta a cada reunión "
                        "semanal del equipo, y a finales de septiembre presido yo la reunión mensual con "
                        "proveedores. Después de la tercera, pido su opinión a mi responsable».",
                    ],
                },
                {
                    "title": "Revisar y ajustar",
                    "paragraphs": [
                        "Registra cada objetivo en la plataforma con su avance en porcentaje. Revísalo en "
                        "cada reunión: ¿qué se ha movido?, ¿qué lo frena? Cuando cambien las circunstancias, "
                        "ajusta o sustituye el objetivo en lugar de abandonarlo en silencio.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "¿Qué objetivo es SMART?",
                    "choices": [
                        "Ser mejor líder",
                        "Hacer más networking este año",
                        "Antes del 30 de junio, presentar los resultados trimestrales del equipo al comité "
                        "de dirección y pedir su opinión a dos de sus miembros",
                        "Leer algunos libros sobre negociación",
                    ],
                    "explanation": "Es específico (presentar los resultados trimestrales), medible (hecho "
                    "o no, más la opinión recibida), alcanzable en un puesto normal, relevante para ganar "
                    "visibilidad y con plazo (30 de junio). Los demás son deseos sin medida ni fecha.",
                },
                {
                    "text": "¿Qué pregunta la «R» de SMART?",
                    "choices": [
                        "¿Se puede lograr el objetivo en una semana?",
                        "¿Es el objetivo relevante para el trabajo y el desarrollo del mentee?",
                        "¿Se ha comunicado el objetivo al coordinador?",
                        "¿Se puede revertir el objetivo?",
                    ],
                    "explanation": "Relevante significa que el objetivo importa para el trabajo del mentee "
                    "y para la dirección en la que quiere crecer. Si está a su alcance es la «A» "
                    "(alcanzable); el plazo es la «T».",
                },
                {
                    "text": "A los tres meses, un objetivo ya no encaja porque el mentee ha cambiado de "
                    "puesto. ¿Qué es lo mejor?",
                    "choices": [
                        "Mantenerlo igual para que el registro sea coherente",
                        "Abandonarlo sin decir nada",
                        "Hablarlo, ajustar o sustituir el objetivo y registrar el cambio",
                        "Pedir al coordinador que decida",
                    ],
                    "explanation": "Los objetivos sirven al desarrollo del mentee, así que siguen las "
                    "circunstancias reales. Habladlo, ajustad o sustituid el objetivo y registradlo, para "
                    "que el avance siga siendo visible y honesto.",
                },
            ],
        },
        "guiding-as-a-mentor": {
            "title": "Guiar sin dirigir: el oficio de mentor",
            "summary": "Cómo ayudar a crecer a un mentee de otra organización sin tomar el control: "
            "experiencia, feedback y límites.",
            "minutes": 10,
            "sections": [
                {
                    "title": "Tu papel",
                    "paragraphs": [
                        "Eres un guía, no un jefe ni un consultor. Los objetivos, las decisiones y las "
                        "acciones son del mentee. Tu valor está en las preguntas que abren nuevos ángulos, "
                        "en la experiencia compartida en el momento oportuno y en un feedback honesto.",
                    ],
                },
                {
                    "title": "Compartir experiencia",
                    "paragraphs": [],
                    "points": [
                        "Pregunta primero: «¿Te ayudaría saber cómo resolví yo algo parecido?».",
                        "Cuenta la historia, también lo que salió mal, y luego pregunta qué saca el mentee "
                        "de ella.",
                        "Ofrece opciones, no instrucciones: otra organización nunca es del todo como la "
                        "tuya.",
                        "Abre tu red de contactos cuando ayude, y deja que el mentee haga el seguimiento.",
                    ],
                },
                {
                    "title": "Dar feedback",
                    "paragraphs": [
                        "Sé concreto y amable: describe lo que observaste y el efecto que tuvo, y luego "
                        "pregunta qué piensa el mentee. Da feedback sobre la conducta, nunca sobre la "
                        "persona.",
                    ],
                },
                {
                    "title": "Límites entre empresas",
                    "paragraphs": [],
                    "points": [
                        "No preguntes por asuntos confidenciales de la empresa del mentee, ni compartas los "
                        "de la tuya.",
                        "Si te enteras de algo grave (acoso, agotamiento, un riesgo para la seguridad), "
                        "anima al mentee a buscar ayuda y, con su consentimiento, pide en el seguimiento "
                        "que el coordinador se ponga en contacto.",
                        "Nunca uses la relación para contratar al mentee ni para vender a su organización.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Tu mentee pregunta: «¿Qué hago con mi responsable, que es tan difícil?». ¿Cuál "
                    "es la mejor primera respuesta?",
                    "choices": [
                        "Decirle que busque otro trabajo",
                        "Preguntarle qué ha pasado hasta ahora y qué resultado le gustaría",
                        "Ofrecerte a llamar a su responsable",
                        "Decirle que no es asunto tuyo",
                    ],
                    "explanation": "Empieza por entender: ¿qué pasó y qué quiere el mentee? Después "
                    "explorad juntos las opciones. Saltar al consejo o tomar el control (llamar al "
                    "responsable) le quita la responsabilidad al mentee, y su lugar de trabajo no es un "
                    "sitio donde te corresponda actuar.",
                },
                {
                    "text": "¿Cuándo es más útil compartir tu propia experiencia?",
                    "choices": [
                        "Al principio de cada reunión, para que el mentee conozca tu opinión",
                        "Después de explorar la situación, como una opción y seguida de una pregunta",
                        "Solo cuando te lo pida el coordinador",
                        "Nunca: los mentores solo hacen preguntas",
                    ],
                    "explanation": "La experiencia ayuda más cuando el mentee ya ha descrito su situación y "
                    "ha pensado en ella, compartida como una opción («esto hice yo; ¿qué sacas tú de "
                    "ello?»). Los mentores sí comparten; simplemente no imponen.",
                },
                {
                    "text": "Tu mentee menciona una negociación de precios confidencial entre su empresa y "
                    "uno de tus clientes. ¿Qué haces?",
                    "choices": [
                        "Usar la información para ayudar a tu cliente",
                        "Pedir más detalles para poder aconsejar",
                        "Cerrar el tema con amabilidad y recordaros a ambos la regla de confidencialidad",
                        "Contárselo a tu propio responsable",
                    ],
                    "explanation": "La información confidencial de cualquiera de las dos empresas queda "
                    "fuera de la mentoría. Lleva la conversación de vuelta al desarrollo del mentee; las "
                    "reglas básicas os protegen a los dos y a ambas organizaciones.",
                },
            ],
        },
        "from-insight-to-practice": {
            "title": "De la idea a la práctica",
            "summary": "Cómo convertir lo que aprendes en las reuniones en cambios de conducta en el "
            "trabajo.",
            "minutes": 7,
            "sections": [
                {
                    "title": "Se aprende entre reuniones",
                    "paragraphs": [
                        "La mayor parte de tu desarrollo ocurre en tu trabajo diario, no en las propias "
                        "reuniones. Una reunión te da una idea; un experimento en el trabajo la convierte en "
                        "una habilidad. Planifica un pequeño experimento después de cada reunión.",
                    ],
                },
                {
                    "title": "Pequeños experimentos",
                    "paragraphs": [],
                    "points": [
                        "Elige algo que puedas probar en dos semanas: una pregunta que haces en una reunión, "
                        "una tarea que delegas, una conversación que dejas de evitar.",
                        "Decide cómo sabrás que ha funcionado.",
                        "Pruébalo y anota lo que pasó justo después.",
                    ],
                },
                {
                    "title": "Reflexionar",
                    "paragraphs": [
                        "Antes de la siguiente reunión, responde a tres preguntas: ¿Qué probé? ¿Qué pasó? "
                        "¿Qué haré de otra manera? Lleva las respuestas a tu mentor: son el mejor comienzo "
                        "de la conversación.",
                    ],
                },
                {
                    "title": "Que perdure",
                    "paragraphs": [],
                    "points": [
                        "Cuenta a tu responsable o a un compañero en qué estás trabajando y pide su opinión.",
                        "Actualiza el avance de tus objetivos en la plataforma.",
                        "Al final del programa, anota qué seguirás haciendo y quién podrá apoyarte después.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Has tenido una reunión inspiradora con tu mentor. ¿Qué hace más probable que "
                    "algo cambie?",
                    "choices": [
                        "Esperar a la siguiente reunión para seguir hablándolo",
                        "Elegir un pequeño experimento para probar en el trabajo en dos semanas, con fecha",
                        "Escribir un plan detallado para el próximo año",
                        "Pedir a tu mentor que te controle cada día",
                    ],
                    "explanation": "Un pequeño experimento con fecha convierte la idea en conducta. Los "
                    "grandes planes suelen esperar al momento ideal, y el control diario no es el papel de "
                    "tu mentor: el seguimiento es tuyo.",
                },
                {
                    "text": "Un experimento no salió como esperabas. ¿Y ahora qué?",
                    "choices": [
                        "No mencionarlo: queda mal",
                        "Reflexionar sobre lo que pasó y llevarlo a la próxima reunión",
                        "Concluir que el consejo era erróneo",
                        "Cambiar tu objetivo de inmediato",
                    ],
                    "explanation": "Los experimentos fallidos son material valioso. Describe qué probaste "
                    "y qué pasó; juntos encontraréis qué ajustar. Ocultarlo desperdicia el aprendizaje.",
                },
                {
                    "text": "¿Qué hábito ayuda más a seguir desarrollándote cuando termina el programa?",
                    "choices": [
                        "Guardar tus notas de las reuniones para ti",
                        "Decidir qué seguirás haciendo y quién te apoyará",
                        "Cortar todo contacto con tu mentor",
                        "Esperar al siguiente programa",
                    ],
                    "explanation": "Nombrar los hábitos que mantendrás y las personas que te apoyan (tu "
                    "responsable, un compañero, tus iguales) lleva tu crecimiento más allá del programa.",
                },
            ],
        },
    },
}
