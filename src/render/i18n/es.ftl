# La redacción fija de los documentos de commstrat, en español neutro,
# válido en España y en América Latina.
# Mismos mensajes, atributos y variables que en.ftl (una prueba lo comprueba).
#
# Convenciones:
# - Comillas: siempre las latinas « », sin espacios por dentro, que son las
#   que la Ortografía de la RAE recomienda en primer lugar; las usan también
#   el ejemplo en español (strategies/) y las respuestas que el equipo escribe.
# - Se tutea a quien lee la guía («Modifica el archivo…»), como en la
#   mayoría de las herramientas en español de ambos lados del Atlántico.
# - Ninguna palabra va pegada al texto del usuario ({ $role }, { $name },
#   { $network }): el rol va entre comillas tras «rol», el nombre tras dos
#   puntos, y así la frase es correcta sea cual sea el género del nombre.
# - Plurales con PLURAL (CLDR): one es solo 1 («1 hora», pero «0 horas»);
#   many es un millón y sus múltiplos, que piden «de» («1.000.000 de horas»).

day_one = 1
list_and = { $a } y { $b }
day_range = de { $from } a { $to }
colon = :
list_separator = { ", " }
yes = sí
no = no
# Solo en la tabla de niveles de crisis, bajo «Actualizaciones públicas» y
# «Aprobación de los comunicados»: de ahí el femenino.
none = ninguna
every_network = todas las redes

part =
    .overview = Visión general
    .voice = Voz y tono
    .personas = Perfiles de público
    .networks = Redes
    .availability = Horarios de atención
    .playbooks = Protocolos de respuesta
    .crisis = Manual de crisis
    .measurement = Medición de resultados
    .contacts = Contactos
    .shift = De guardia: empieza aquí
    .publishing = Calendario editorial

overview =
    .heading = Guía de respuesta
    .version = Versión
    .owner = Responsable
    .values = Nuestros valores
    .objectives = Nuestros objetivos
    .source = Generado por commstrat a partir de `{ $file }`, versión { $version }. Modifica el archivo de estrategia, no esta guía.
    .contents = Índice

voice =
    .brand_voice = Voz de la marca
    .person = Quién habla
    .formality = Registro
    .humor = Humor
    .emoji = Emojis
    .sign_off = Firma
    .traits = Cómo es nuestra voz, y cómo no es
    .is = Somos
    .is_not = No somos
    .avoid = No escribir nunca
    .substitutions = Cómo decirlo mejor
    .substitution_avoid = En lugar de
    .substitution_prefer = Decir
    .per_network = La voz en cada red
    .network = Red
    .override_note = Los valores en negrita sustituyen a la voz de la marca en esa red.

personas =
    .where = Dónde encontrar a este público
    .needs = Qué nos pide este público

networks =
    .platform = Plataforma
    .handle = Cuenta
    .audience = Público
    .purpose = Qué hacemos aquí
    .voice = Voz
    .schedule = Horario de atención
    .response_time = Primera respuesta
    .response_time_value = { $duration } como máximo, en horario de atención
    .response_time_around_the_clock = { $duration } como máximo
    .response_time_immediate = de inmediato, en horario de atención
    .reply_limit = Longitud máxima de las respuestas
    .reply_limit_value = { PLURAL($limit) ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    }; se cuentan { $counting }
    .reply_limit_own = { PLURAL($limit) ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    } (límite propio de esta cuenta); se cuentan { $counting }
    .reply_limit_none = sin límite conocido

# Tras «se cuentan»: «2200 caracteres; se cuentan los grafemas (…)».
counting =
    .characters = los caracteres Unicode
    .graphemes = los grafemas (lo que un lector ve como un solo carácter)
    .x-weighted = con la ponderación de X (la mayoría de los caracteres no latinos valen 2 y cada enlace, 23)
    .characters-url-23 = los caracteres Unicode, y cada enlace vale 23

surfaces =
    .heading = Dónde escribimos y los límites de la plataforma
    .reply = Respuestas públicas
    .dm = Mensajes privados
    .review = Respuestas a reseñas
    .post = Publicaciones y mensajes fijados
    .none = no se conoce ningún límite
    .own = (nuestro propio límite)
    .characters = { PLURAL($n) ->
        [one] { $n } carácter
        [many] { $n } de caracteres
       *[other] { $n } caracteres
    }
    .bytes = { PLURAL($n) ->
        [one] { $n } byte
        [many] { $n } de bytes
       *[other] { $n } bytes
    }
    .units = { PLURAL($n) ->
        [one] { $n } unidad UTF-16
        [many] { $n } de unidades UTF-16
       *[other] { $n } unidades UTF-16
    }
    .links = { PLURAL($n) ->
        [one] { $n } enlace
        [many] { $n } de enlaces
       *[other] { $n } enlaces
    }
    .hashtags = { PLURAL($n) ->
        [one] { $n } hashtag
        [many] { $n } de hashtags
       *[other] { $n } hashtags
    }
    .mentions = { PLURAL($n) ->
        [one] { $n } mención
        [many] { $n } de menciones
       *[other] { $n } menciones
    }
    .limits = como máximo { $limits }; se cuentan { $counting }
    .utf8-bytes = los bytes UTF-8 (2 por letra acentuada o árabe, 4 por emoji)
    .utf16-units = las unidades UTF-16 (2 por emoji)

availability =
    .zone = Las horas se indican en la zona horaria { $zone }.
    .always = Atención las 24 horas, todos los días.
    .hours = Horas de atención
    .closed_day = cerrado
    .closed = Días de cierre
    .statement = Lo que decimos a nuestros seguidores
    .out_of_hours = Respuesta automática fuera de este horario
    .no_out_of_hours = Sin respuesta automática: quien escribe fuera de este horario espera a la siguiente hora de atención.
    .per_week = Tiempo de atención por semana: { $duration }.
    .used_by = Se aplica a

playbooks =
    .applies = Dónde se aplica
    .deadline = Plazo de respuesta
    .owner = Responsable
    .automation = Respuestas automáticas
    .steps = Pasos
    .do = Qué hacer
    .dont = Qué no hacer
    .escalation = Derivar al rol «{ $role }» en estos casos
    .escalation_always = Derivar siempre al rol «{ $role }»
    .replies = Plantillas de respuesta
    .public = Respuesta pública
    .private = Mensaje privado
    .review = Respuesta a una reseña
    .length = Longitud con la firma y valores de ejemplo
    .length_value = { $count } de { $limit } en { $network }
    .length_of = { $count } de { $limit }
    .longest = Respuesta más larga
    .over = supera el límite
    .placeholders = Las palabras entre `[corchetes]` son campos por completar: sustitúyelas antes de enviar.

placeholder =
    .follower = seguidor
    .agent = tu nombre
    .network = cuenta
    .availability = horario de atención
    .next_update = hora de la próxima actualización
    .link = enlace

crisis =
    .levels = Niveles de gravedad
    .level = Nivel
    .name = Nombre
    .recognise = Cómo reconocerlo
    .respond = Primera respuesta pública
    .updates = Actualizaciones públicas
    .approvers = Aprobación de los comunicados
    .pause = Pausar las publicaciones programadas
    .every = { $unit ->
        [day] { PLURAL($n) ->
            [one] todos los días
           *[other] cada { $duration }
        }
        [hour] { PLURAL($n) ->
            [one] cada hora
           *[other] cada { $duration }
        }
        [minute] { PLURAL($n) ->
            [one] cada minuto
           *[other] cada { $duration }
        }
       *[mixed] cada { $duration }
    }
    .scenarios = Escenarios
    .scenario_level = Empieza en el nivel { $level }: { $name }
    .level_heading = Nivel { $level }: { $name }
    .signals = Señales de alerta
    .owner = Responsable del incidente
    .holding = Comunicado de espera (primer mensaje público)
    .steps = Pasos
    .dont = Qué no hacer
    .timeline = A quién avisar y cuándo
    .when = Cuándo
    .notify = Avisar a
    .contact = Contacto
    .at_start = T+0
    .after = T+{ $duration }
    .update_template = Actualización pública
    .update_template_every = Actualización pública, { $every }
    .all_clear = La crisis termina cuando
    .resolution_template = Mensaje de cierre
    .via = Por
    .answer_within = respuesta en { $duration }; si no, llamar al suplente
    .debrief = Después de la crisis: revisión

measurement =
    .metric = Indicador
    .measure = Qué mide
    .target = Objetivo
    .networks = Redes
    .review = Revisión
    .owner = Responsable
    .source = Fuente
    .target_value = { $comparator ->
        [le] como máximo { $value }
        [lt] menos de { $value }
        [ge] como mínimo { $value }
        [gt] más de { $value }
       *[eq] { $value }
    }
    .percent = { $n } %
    .figure = { $n }

contacts =
    .role = Rol
    .contact = Contacto
    .backup = Suplente

duration =
    .days = { PLURAL($n) ->
        [one] { $n } día
        [many] { $n } de días
       *[other] { $n } días
    }
    .hours = { PLURAL($n) ->
        [one] { $n } hora
        [many] { $n } de horas
       *[other] { $n } horas
    }
    .minutes = { PLURAL($n) ->
        [one] { $n } minuto
        [many] { $n } de minutos
       *[other] { $n } minutos
    }
    .zero = de inmediato
    .separator = { " y " }

person =
    .first-singular = yo (una persona concreta, que firma con su nombre)
    .first-plural = nosotros (el equipo)
    .third = la marca, por su nombre

formality =
    .casual = informal
    .neutral = neutro
    .formal = formal

# Tras «Humor:», de ahí el masculino de «ninguno».
humor =
    .none = ninguno
    .light = un toque ligero
    .playful = desenfadado

emoji =
    .never = nunca
    .sparingly = con moderación
    .freely = sin restricciones

platform =
    .x = X
    .linkedin = LinkedIn
    .instagram = Instagram
    .facebook = Facebook
    .tiktok = TikTok
    .youtube = YouTube
    .threads = Threads
    .bluesky = Bluesky
    .mastodon = Mastodon
    .whatsapp = WhatsApp
    .google-business = Perfil de Empresa de Google
    .other = Otra

kind =
    .welcome = Bienvenida a los nuevos seguidores
    .question = Preguntas
    .request = Solicitudes
    .suggestion = Sugerencias
    .complaint = Quejas
    .criticism = Críticas
    .praise = Elogios
    .abuse = Mensajes ofensivos
    .other = Otras interacciones

automation =
    .never = nunca: cada respuesta la escribe una persona
    .draft = una herramienta puede preparar el borrador; lo envía una persona
    .allowed = permitidas

measure =
    .first-response-time = tiempo de primera respuesta
    .response-rate = tasa de respuesta
    .engagement-rate = tasa de interacción
    .follower-growth = crecimiento de seguidores
    .sentiment = sentimiento
    .mentions = menciones
    .custom = personalizado

review =
    .weekly = semanal
    .monthly = mensual
    .quarterly = trimestral

calendar =
    .heading = Calendario de contenidos
    .window = Del { $from } al { $to }. Las horas son las locales de la zona horaria de cada publicación.
    .week = Semana { $week } de { NUMBER($year, useGrouping: "false") }
    .days = Del { $from } al { $to }
    .date = Fecha
    .weekday = Día
    .time = Hora
    .network = Red
    .practice = Tipo de contenido
    .title = Título
    .owner = Responsable
    .all_day = todo el día
    .shifted = { $time } (la hora { $from } no existe ese día)
    .ics_networks = { PLURAL($n) ->
        [one] Red
       *[other] Redes
    }: { $networks }
    .ics_summary = { $title } ({ $networks })
    .ics_owner = Responsable: { $owner }
    .ics_shifted = La hora { $from } no existe el { $date } en la zona horaria { $zone } (se adelantan los relojes); nueva hora de publicación: { $time }
    .empty = No hay nada programado en este periodo.
    .glance = De un vistazo
    .glance_legend = Cada día del periodo muestra su fecha y, después, cuántas publicaciones salen ese día o por qué no sale ninguna.
    .posts = Qué es cada publicación
    .duration = Duración
    .closed = Nadie de guardia ese día (horario { $schedule })
    .closed_because = { $reason }: nadie de guardia ese día (horario { $schedule })

practice =
    .welcome = bienvenida
    .current-affairs = actualidad
    .humor = humor
    .question = pregunta
    .poll = encuesta
    .behind-the-scenes = entre bastidores
    .product = producto
    .results-review = balance de resultados
    .other = otro
    .blackout = sin publicaciones
    .closed = cerrado

# Nombres de las columnas del CSV del calendario con --csv-header labels.
csv =
    .date = Fecha
    .local_time = Hora local
    .zone = Zona horaria
    .utc_instant = Fecha y hora UTC
    .network = Red
    .platform = Plataforma
    .handle = Cuenta
    .practice = Tipo de contenido
    .title = Título
    .owner = Responsable
    .brief = Indicaciones

# El informe Markdown de `commstrat diff`. Los participios concuerdan con
# la sección ($section): estrategia, voz, red, serie y métrica son femeninas.
diff =
    .title = Cambios en la estrategia: { $old } → { $new }
    .none = Ningún cambio de fondo (solo formato, comentarios u orden).
    .overall = { $class ->
        [breaking] Cambio con rupturas
        [additive] Ampliación
       *[wording] Solo redacción
    }
    .headline = **{ $overall }**: { $breaking } { PLURAL($breaking) ->
        [one] promesa debilitada
       *[other] promesas debilitadas
    }, { $additive } { PLURAL($additive) ->
        [one] ampliación
       *[other] ampliaciones
    }, { $wording } { PLURAL($wording) ->
        [one] cambio de redacción
       *[other] cambios de redacción
    }. Versión { $old } → { $new }.
    .breaking_heading = Rupturas: promesas debilitadas o retiradas
    .additive_heading = Ampliaciones
    .wording_heading = Solo redacción
    .section = { $section ->
        [strategy] estrategia
        [voice] voz
        [persona] perfil
        [network] red
        [schedule] horario
        [role] rol
        [playbook] protocolo
        [crisis_level] nivel de crisis
        [crisis_scenario] escenario de crisis
        [calendar_series] serie del calendario
        [calendar_event] evento del calendario
        [blackout] periodo sin publicaciones
       *[metric] métrica
    }
    .removed = { $section ->
        [strategy] { $name } { $id } eliminada
        [voice] { $name } { $id } eliminada
        [network] { $name } { $id } eliminada
        [calendar_series] { $name } { $id } eliminada
        [metric] { $name } { $id } eliminada
       *[other] { $name } { $id } eliminado
    }
    .added = { $section ->
        [strategy] { $name } { $id } añadida
        [voice] { $name } { $id } añadida
        [network] { $name } { $id } añadida
        [calendar_series] { $name } { $id } añadida
        [metric] { $name } { $id } añadida
       *[other] { $name } { $id } añadido
    }
    .changed = { $name } { $id }: { $field } pasa de { $before } a { $after }
    .nothing = (vacío)
    .quoted = «{ $text }»
    .always = 24/7
    .never = sin atención
    .per_week = { $duration } a la semana
    .availability_reduced = disponibilidad en la red { $id } reducida de { $before } a { $after }
    .availability_moved = disponibilidad en la red { $id } redistribuida: { $lost } a la semana ahora sin atención
    .response_time = tiempo de respuesta en la red { $id } aumentado de { $before } a { $after }
    .playbook_network = el protocolo { $id } ya no se aplica en la red { $network }
    .playbook_deadline = plazo de respuesta del protocolo { $id } en la red { $network } aumentado de { $before } a { $after }
    .playbook_kind = el protocolo { $id } ya no atiende el tipo { $before } (ahora { $after })
    .approver_removed = el rol { $role } ya no aprueba las declaraciones del nivel de crisis { $level }
    .level_updates = el nivel de crisis { $level } ya no promete actualizaciones periódicas
    .level_deadline = plazo de la primera respuesta pública del nivel de crisis { $id } aumentado de { $before } a { $after }
    .level_cadence = intervalo entre actualizaciones públicas del nivel de crisis { $id } aumentado de { $before } a { $after }
    .level_pause = el nivel de crisis { $level } ya no pausa las publicaciones programadas
    .scenario_lowered = el escenario de crisis { $id } baja del nivel { $before } al nivel { $after }
    .scenario_unnotified = el escenario de crisis { $id } ya no avisa al rol { $role }
    .scenario_later = el escenario de crisis { $id } avisa al rol { $role } más tarde: { $after } en lugar de { $before }

pictures =
    .staffing_title = Horas de atención por red, en { $zone }
    .staffing_description = Cada columna es una de nuestras redes, con su plazo de respuesta arriba; cada fila, una hora de la semana en { $zone }. Oscuro: atención durante toda la hora. Claro: parte de la hora. Gris: nadie de guardia.
    .staffing_column = { $duration } · { $network }
    .staffing_whole = Atención durante toda la hora
    .staffing_part = Atención durante parte de la hora
    .staffing_nobody = Nadie de guardia
    .timeline_title = Cronología — { $level }
    .timeline_start = Crisis declarada
    .timeline_statement = Primera declaración pública, como tarde
    .timeline_update = Actualización pública
    .timeline_call = Llamar a { $roles }
    .month_title = Calendario de { $month }
    .number = { $n }
    .month_posts = Publicaciones del día
    .month_blackout = Pausa: no sale nada programado
    .month_closed = Un horario de atención está cerrado
    .month_description = { PLURAL($posts) ->
        [one] Una publicación este mes
       *[other] { $posts } publicaciones este mes
    }, y { PLURAL($pauses) ->
        [one] un día
       *[other] { $pauses } días
    } de pausa o de cierre.

shift =
    .intro = Empieza aquí cuando te hagas cargo de los mensajes: distingue qué tipo de mensaje es, comprueba su plazo y sabe a quién llamar.
    .triage = ¿Qué tipo de mensaje es?
    .deadlines = Plazos de respuesta
    .deadlines_note = Los plazos solo cuentan las horas de atención: un mensaje que llega cuando no hay nadie de guardia vence ese tiempo después de que empiece la siguiente hora de atención.
    .playbook = Protocolo
    .call = A quién llamar
    .escalations = Escalados desde
    .crises = Dirige la crisis

triage =
    .welcome = Alguien empieza a seguirnos, se une o nos saluda por primera vez.
    .question = Alguien pide información: horarios, existencias, cómo funciona algo.
    .request = Alguien nos pide que hagamos algo por él: cambiar un pedido, reservar, enviar, reparar.
    .suggestion = Alguien propone una idea para mejorar un producto o un servicio, sin queja de por medio.
    .complaint = Alguien tuvo una mala experiencia con nosotros y quiere que la arreglemos: un pedido con retraso, un producto defectuoso, una mala atención.
    .criticism = Alguien desaprueba en público lo que hacemos o decimos, sin pedir nada para sí.
    .praise = Alguien nos da las gracias o habla bien de nosotros.
    .abuse = Insultos, amenazas, acoso, odio o spam, contra nosotros o contra otros. Una crítica, por dura que sea, no es un abuso.
    .other = Todo lo que no encaja en ninguno de los tipos anteriores.

publishing =
    .intro = Qué publicamos y cuándo, cuándo no se publica nada y por qué, y qué detendría una crisis.
    .series = Publicaciones periódicas
    .events = Publicaciones puntuales
    .cadence = { $unit ->
        [day] { PLURAL($n) ->
            [one] Todos los días
           *[other] Cada { $n } días
        }
        [week] { PLURAL($n) ->
            [one] Cada semana
           *[other] Cada { $n } semanas
        }, { $days }
       *[month] { PLURAL($n) ->
            [one] Cada mes
           *[other] Cada { $n } meses
        }, { $days }
    }, a las { $times }
    .on_days = los { $days }
    .month_day = el día { $n }
    .nth_weekday = { $day ->
       *[other] el { $nth ->
            [first] primer
            [second] segundo
            [third] tercer
            [fourth] cuarto
           *[last] último
        } { $weekday }
    }
    .from = Desde el { $from }
    .from_until = Del { $from } al { $to }
    .persona = Para
    .brief = Indicaciones
    .unattended = Se publica a propósito cuando no hay nadie de guardia.
    .pauses = Cuándo no se publica nada
    .range = del { $from } al { $to }
    .closed = { $schedule }: cerrado
    .closed_because = { $reason } ({ $schedule }: cerrado)
    .mix = Reparto de contenidos
    .mix_window = En el primer año del calendario, del { $from } al { $to }: { PLURAL($count) ->
        [one] una publicación
       *[other] { $count } publicaciones
    }.
    .by_practice = Por práctica
    .by_network = Por red
    .share = { PLURAL($count) ->
        [one] una publicación
       *[other] { $count } publicaciones
    } ({ $percent } %)
    .crisis = Si estalla una crisis
    .level = de nivel { $level } ({ $name })
    .or = { $a } o { $b }
    .pause = Una crisis { $levels } pausa todas las publicaciones programadas: unas { $per_week } por semana, hasta que termine.
    .no_pause = Ningún nivel de crisis pausa las publicaciones programadas: revisa cada una antes de que salga durante una crisis.
