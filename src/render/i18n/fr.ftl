# La formulation fixe des documents de commstrat, en français.
# Mêmes messages, attributs et variables que en.ftl (un test le vérifie).

day_one = 1er
list_and = { $a } et { $b }
day_range = du { $from } au { $to }
colon =  :
list_separator = { ", " }
yes = oui
no = non
none = aucun
every_network = tous les réseaux

part =
    .overview = Vue d'ensemble
    .voice = Ton et voix
    .personas = Personas
    .networks = Réseaux
    .availability = Disponibilités
    .playbooks = Fiches réflexes
    .crisis = Manuel de crise
    .measurement = Mesure de la performance
    .contacts = Contacts
    .shift = En service : par où commencer
    .publishing = Calendrier éditorial

overview =
    .heading = Guide de réponse
    .version = Version
    .owner = Responsable
    .values = Nos valeurs
    .objectives = Nos objectifs
    .source = Généré par commstrat à partir de `{ $file }`, version { $version }. Modifiez le fichier de stratégie, pas ce guide.
    .contents = Sommaire

voice =
    .brand_voice = Voix de la marque
    .person = Qui parle
    .formality = Registre
    .humor = Humour
    .emoji = Émojis
    .sign_off = Signature
    .traits = Ce qu'est notre voix, et ce qu'elle n'est pas
    .is = Nous sommes
    .is_not = Nous ne sommes pas
    .avoid = À ne jamais écrire
    .substitutions = Dites plutôt
    .substitution_avoid = Au lieu de
    .substitution_prefer = Dites
    .per_network = La voix sur chaque réseau
    .network = Réseau
    .override_note = Les valeurs en gras remplacent la voix de la marque sur ce réseau.

personas =
    .where = Où les trouver
    .needs = Ce qu'ils attendent de nous

networks =
    .platform = Plateforme
    .handle = Compte
    .audience = Audience
    .purpose = Ce que nous y faisons
    .voice = Voix
    .schedule = Permanence
    .response_time = Première réponse
    .response_time_value = sous { $duration } pendant les heures de permanence
    .response_time_around_the_clock = sous { $duration }
    .response_time_immediate = immédiatement pendant les heures de permanence
    .reply_limit = Longueur maximale des réponses
    .reply_limit_value = { PLURAL($limit) ->
        [one] { $limit } caractère, compté { $counting }
       *[other] { $limit } caractères, comptés { $counting }
    }
    .reply_limit_own = { PLURAL($limit) ->
        [one] { $limit } caractère (limite propre à ce compte), compté { $counting }
       *[other] { $limit } caractères (limite propre à ce compte), comptés { $counting }
    }
    .reply_limit_none = aucune limite connue

counting =
    .characters = en caractères Unicode
    .graphemes = en graphèmes (ce qu'un lecteur perçoit comme un seul caractère)
    .x-weighted = selon la pondération de X (la plupart des caractères non latins comptent double, chaque lien compte pour 23)
    .characters-url-23 = en caractères Unicode, chaque lien comptant pour 23

surfaces =
    .heading = Où nous écrivons, et les limites de la plateforme
    .reply = Réponses publiques
    .dm = Messages privés
    .review = Réponses aux avis
    .post = Publications et messages épinglés
    .none = aucune limite connue
    .own = (notre propre limite)
    .characters = { PLURAL($n) ->
        [one] { $n } caractère
       *[other] { $n } caractères
    }
    .bytes = { PLURAL($n) ->
        [one] { $n } octet
       *[other] { $n } octets
    }
    .units = { PLURAL($n) ->
        [one] { $n } unité UTF-16
       *[other] { $n } unités UTF-16
    }
    .links = { PLURAL($n) ->
        [one] { $n } lien
       *[other] { $n } liens
    }
    .hashtags = { PLURAL($n) ->
        [one] { $n } hashtag
       *[other] { $n } hashtags
    }
    .mentions = { PLURAL($n) ->
        [one] { $n } mention
       *[other] { $n } mentions
    }
    .limits = au plus { $limits }, comptés { $counting }
    .utf8-bytes = en octets UTF-8 (2 pour une lettre accentuée ou arabe, 4 pour un emoji)
    .utf16-units = en unités UTF-16 (2 pour un emoji)

availability =
    .zone = Les horaires sont indiqués dans le fuseau { $zone }.
    .always = Permanence assurée 24 h/24, 7 j/7.
    .hours = Heures de permanence
    .closed_day = fermé
    .closed = Jours de fermeture
    .statement = Ce que nous annonçons à nos abonnés
    .out_of_hours = Réponse automatique en dehors de ces horaires
    .no_out_of_hours = Pas de réponse automatique : les abonnés qui écrivent en dehors de ces horaires attendent la prochaine heure de permanence.
    .per_week = Temps de permanence par semaine : { $duration }.
    .used_by = Utilisé par

playbooks =
    .applies = Réseaux concernés
    .deadline = Délai de réponse
    .owner = Responsable
    .automation = Réponses automatiques
    .steps = Étapes
    .do = À faire
    .dont = À ne pas faire
    .escalation = Escalade vers le rôle « { $role } » dans les cas suivants
    .escalation_always = Escalade vers le rôle « { $role } »
    .replies = Modèles de réponse
    .public = Réponse publique
    .private = Message privé
    .review = Réponse à un avis
    .length = Longueur avec signature et valeurs d'exemple
    .length_value = { $count } sur { $limit } ({ $network })
    .length_of = { $count } sur { $limit }
    .longest = Réponse la plus longue
    .over = limite dépassée
    .placeholders = Les mots entre `[crochets]` sont des champs à compléter : remplacez-les avant d'envoyer.

placeholder =
    .follower = abonné
    .agent = votre prénom
    .network = compte
    .availability = horaires de disponibilité
    .next_update = heure du prochain point de situation
    .link = lien

crisis =
    .levels = Niveaux de gravité
    .level = Niveau
    .name = Nom
    .recognise = Comment le reconnaître
    .respond = Délai de première réponse publique
    .updates = Points de situation publics
    .approvers = Validation des prises de parole
    .pause = Suspendre les publications programmées
    .every = { $unit ->
        [day] { PLURAL($n) ->
            [one] tous les jours
           *[other] tous les { $duration }
        }
        [hour] { PLURAL($n) ->
            [one] toutes les heures
           *[other] toutes les { $duration }
        }
        [minute] { PLURAL($n) ->
            [one] toutes les minutes
           *[other] toutes les { $duration }
        }
       *[mixed] à intervalles de { $duration }
    }
    .scenarios = Scénarios
    .scenario_level = Déclenché au niveau { $level } : { $name }
    .level_heading = Niveau { $level } : { $name }
    .signals = Signaux d'alerte
    .owner = Responsable de l'incident
    .holding = Message d'attente (première prise de parole publique)
    .steps = Étapes
    .dont = À ne pas faire
    .timeline = Chronologie de l'escalade
    .when = Quand
    .notify = Prévenir
    .contact = Contact
    .at_start = T+0
    .after = T+{ $duration }
    .update_template = Point public
    .update_template_every = Point public, { $every }
    .all_clear = La crise est terminée quand
    .resolution_template = Message de clôture
    .via = Par
    .answer_within = réponse sous { $duration }, sinon appeler le suppléant
    .debrief = Après la crise : retour d'expérience

measurement =
    .metric = Indicateur
    .measure = Mesure
    .target = Objectif
    .networks = Réseaux
    .review = Suivi
    .owner = Responsable
    .source = Source
    .target_value = { $comparator ->
        [le] au plus { $value }
        [lt] moins de { $value }
        [ge] au moins { $value }
        [gt] plus de { $value }
       *[eq] { $value }
    }
    .percent = { $n } %
    .figure = { $n }

contacts =
    .role = Rôle
    .contact = Contact
    .backup = Suppléant

duration =
    .days = { PLURAL($n) ->
        [one] { $n } jour
       *[other] { $n } jours
    }
    .hours = { PLURAL($n) ->
        [one] { $n } heure
       *[other] { $n } heures
    }
    .minutes = { PLURAL($n) ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
    .zero = immédiatement
    .separator = { " " }

person =
    .first-singular = je (une seule personne, qui signe de son prénom)
    .first-plural = nous (l'équipe)
    .third = la marque, désignée par son nom

formality =
    .casual = décontracté
    .neutral = neutre
    .formal = formel

humor =
    .none = aucun
    .light = une touche légère
    .playful = ludique

emoji =
    .never = jamais
    .sparingly = avec parcimonie
    .freely = librement

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
    .google-business = Fiche d’établissement Google
    .other = Autre

kind =
    .welcome = Accueil des nouveaux abonnés
    .question = Questions
    .request = Demandes
    .suggestion = Suggestions
    .complaint = Réclamations
    .criticism = Critiques
    .praise = Compliments
    .abuse = Messages abusifs
    .other = Autres interactions

automation =
    .never = jamais (chaque réponse est rédigée par une personne)
    .draft = un outil peut préparer un brouillon ; une personne l'envoie
    .allowed = envoi automatique autorisé

measure =
    .first-response-time = délai de première réponse
    .response-rate = taux de réponse
    .engagement-rate = taux d'engagement
    .follower-growth = croissance du nombre d'abonnés
    .sentiment = tonalité
    .mentions = mentions
    .custom = personnalisé

review =
    .weekly = hebdomadaire
    .monthly = mensuel
    .quarterly = trimestriel

calendar =
    .heading = Calendrier éditorial
    .window = Du { $from } au { $to }. Les heures sont données dans le fuseau horaire de chaque publication.
    .week = Semaine { $week } de { NUMBER($year, useGrouping: "false") }
    .days = Du { $from } au { $to }
    .date = Date
    .weekday = Jour
    .time = Heure
    .network = Réseau
    .practice = Type de contenu
    .title = Titre
    .owner = Responsable
    .all_day = toute la journée
    .shifted = { $time } ({ $from } n'existe pas ce jour-là)
    .ics_networks = { PLURAL($n) ->
        [one] Réseau
       *[other] Réseaux
    } : { $networks }
    .ics_summary = { $title } ({ $networks })
    .ics_owner = Responsable : { $owner }
    .ics_shifted = { $from } n'existe pas le { $date } (fuseau { $zone }, passage à l'heure d'été) : publication déplacée à { $time }
    .empty = Rien n'est prévu sur cette période.
    .glance = Vue d’ensemble
    .glance_legend = Chaque jour de la période indique sa date, puis le nombre de publications prévues ce jour-là, ou pourquoi il n’y en a aucune.
    .posts = Le contenu de chaque publication
    .duration = Durée
    .closed = Personne de permanence ce jour-là (horaire { $schedule })
    .closed_because = { $reason } : personne de permanence ce jour-là (horaire { $schedule })

practice =
    .welcome = bienvenue
    .current-affairs = actualité
    .humor = humour
    .question = question
    .poll = sondage
    .behind-the-scenes = coulisses
    .product = produit
    .results-review = bilan
    .other = autre
    .blackout = période sans publication
    .closed = fermé

csv =
    .date = Date
    .local_time = Heure locale
    .zone = Fuseau horaire
    .utc_instant = Instant UTC
    .network = Réseau
    .platform = Plateforme
    .handle = Compte
    .practice = Type de contenu
    .title = Titre
    .owner = Responsable
    .brief = Consignes

# Le rapport Markdown de `commstrat diff`. Participes accordés avec la
# section ($section) : stratégie, voix, fiche réflexe, série et période
# sont féminins.
diff =
    .title = Changements de la stratégie : { $old } → { $new }
    .none = Aucun changement de fond (mise en forme, commentaires ou ordre seulement).
    .overall = { $class ->
        [breaking] Changement majeur
        [additive] Ajout
       *[wording] Formulation seulement
    }
    .headline = **{ $overall }** : { $breaking } { PLURAL($breaking) ->
        [one] promesse affaiblie
       *[other] promesses affaiblies
    }, { $additive } { PLURAL($additive) ->
        [one] ajout
       *[other] ajouts
    }, { $wording } { PLURAL($wording) ->
        [one] changement de formulation
       *[other] changements de formulation
    }. Version { $old } → { $new }.
    .breaking_heading = Ruptures : promesses affaiblies ou retirées
    .additive_heading = Ajouts
    .wording_heading = Formulation seulement
    .section = { $section ->
        [strategy] stratégie
        [voice] voix
        [persona] persona
        [network] réseau
        [schedule] horaire
        [role] rôle
        [playbook] fiche réflexe
        [crisis_level] niveau de crise
        [crisis_scenario] scénario de crise
        [calendar_series] série du calendrier
        [calendar_event] événement du calendrier
        [blackout] période sans publication
       *[metric] indicateur
    }
    .removed = { $section ->
        [strategy] { $name } { $id } supprimée
        [voice] { $name } { $id } supprimée
        [playbook] { $name } { $id } supprimée
        [calendar_series] { $name } { $id } supprimée
        [blackout] { $name } { $id } supprimée
       *[other] { $name } { $id } supprimé
    }
    .added = { $section ->
        [strategy] { $name } { $id } ajoutée
        [voice] { $name } { $id } ajoutée
        [playbook] { $name } { $id } ajoutée
        [calendar_series] { $name } { $id } ajoutée
        [blackout] { $name } { $id } ajoutée
       *[other] { $name } { $id } ajouté
    }
    .changed = { $name } { $id } : { $field } passe de { $before } à { $after }
    .nothing = (vide)
    .quoted = « { $text } »
    .always = 24 h/24 et 7 j/7
    .never = aucune permanence
    .per_week = { $duration } par semaine
    .availability_reduced = disponibilité sur le réseau { $id } réduite de { $before } à { $after }
    .availability_moved = disponibilité sur le réseau { $id } redistribuée : { $lost } par semaine désormais sans permanence
    .response_time = délai de réponse sur le réseau { $id } porté de { $before } à { $after }
    .playbook_network = la fiche réflexe { $id } ne s'applique plus au réseau { $network }
    .playbook_deadline = délai de réponse de la fiche réflexe { $id } sur le réseau { $network } porté de { $before } à { $after }
    .playbook_kind = la fiche réflexe { $id } ne traite plus le type { $before } (désormais { $after })
    .approver_removed = le rôle { $role } ne valide plus les prises de parole du niveau de crise { $level }
    .level_updates = le niveau de crise { $level } ne promet plus de points réguliers
    .level_deadline = délai de première prise de parole publique du niveau de crise { $id } porté de { $before } à { $after }
    .level_cadence = intervalle entre deux points publics du niveau de crise { $id } porté de { $before } à { $after }
    .level_pause = le niveau de crise { $level } ne suspend plus les publications programmées
    .scenario_lowered = le scénario de crise { $id } passe du niveau { $before } au niveau { $after }
    .scenario_unnotified = le scénario de crise { $id } n'alerte plus le rôle { $role }
    .scenario_later = le scénario de crise { $id } alerte le rôle { $role } plus tard : { $after } au lieu de { $before }

pictures =
    .staffing_title = Heures de permanence par réseau, fuseau { $zone }
    .staffing_description = Chaque colonne est l'un de nos réseaux, avec son délai de réponse en tête ; chaque ligne, une heure de la semaine (fuseau { $zone }). Foncé : permanence toute l'heure. Clair : une partie de l'heure. Gris : personne.
    .staffing_column = { $duration } · { $network }
    .staffing_whole = Permanence toute l'heure
    .staffing_part = Permanence une partie de l'heure
    .staffing_nobody = Personne de service
    .timeline_title = Chronologie — { $level }
    .timeline_start = Crise déclarée
    .timeline_statement = Première prise de parole publique, au plus tard
    .timeline_update = Point public
    .timeline_call = Appeler { $roles }
    .month_title = Calendrier de { $month }
    .number = { $n }
    .month_posts = Publications du jour
    .month_blackout = Période blanche : rien de programmé ne sort
    .month_closed = Une permanence est fermée
    .month_description = { PLURAL($posts) ->
        [one] Une publication ce mois-ci
       *[other] { $posts } publications ce mois-ci
    }, et { PLURAL($pauses) ->
        [one] un jour
       *[other] { $pauses } jours
    } de période blanche ou de fermeture.

shift =
    .intro = Commencez ici quand vous prenez le relais : reconnaître le type de message, savoir quand y répondre, savoir qui appeler.
    .triage = Quel type de message ?
    .deadlines = Délais de réponse
    .deadlines_note = Les délais ne comptent que les heures de permanence : un message arrivé quand personne n'est de service doit recevoir une réponse dans ce délai après la reprise de la permanence.
    .playbook = Fiche réflexe
    .call = Qui appeler
    .escalations = Escalades depuis
    .crises = Pilote de crise pour

triage =
    .welcome = Quelqu'un commence à nous suivre, nous rejoint ou nous salue pour la première fois.
    .question = Quelqu'un demande une information : horaires, stock, fonctionnement d'un produit.
    .request = Quelqu'un nous demande d'agir pour lui : modifier une commande, réserver, envoyer, réparer.
    .suggestion = Quelqu'un propose une idée pour améliorer un produit ou un service, sans grief.
    .complaint = Quelqu'un a eu une mauvaise expérience avec nous et attend réparation : commande en retard, produit défectueux, service décevant.
    .criticism = Quelqu'un désapprouve publiquement ce que nous faisons ou disons, sans rien demander pour lui-même.
    .praise = Quelqu'un nous remercie ou dit du bien de nous.
    .abuse = Insultes, menaces, harcèlement, propos haineux ou spam, contre nous ou contre d'autres. Une critique, même dure, n'en fait pas partie.
    .other = Tout ce qui n'entre dans aucun des types ci-dessus.

publishing =
    .intro = Ce que nous publions et quand, quand rien n'est publié et pourquoi, et ce qu'une crise arrêterait.
    .series = Publications récurrentes
    .events = Publications ponctuelles
    .cadence = { $unit ->
        [day] { PLURAL($n) ->
            [one] Tous les jours
           *[other] Tous les { $n } jours
        }
        [week] { PLURAL($n) ->
            [one] Chaque semaine
           *[other] Toutes les { $n } semaines
        }, { $days }
       *[month] { PLURAL($n) ->
            [one] Chaque mois
           *[other] Tous les { $n } mois
        }, { $days }
    }, à { $times }
    .on_days = le { $days }
    .month_day = { PLURAL($n) ->
        [one] le 1er
       *[other] le { $n }
    }
    .nth_weekday = { $day ->
       *[other] le { $nth ->
            [first] premier
            [second] deuxième
            [third] troisième
            [fourth] quatrième
           *[last] dernier
        } { $weekday }
    }
    .from = À partir du { $from }
    .from_until = Du { $from } au { $to }
    .persona = Pour
    .brief = Consigne
    .unattended = Publié volontairement quand personne n'est de service.
    .pauses = Quand rien n'est publié
    .range = du { $from } au { $to }
    .closed = { $schedule } : fermé
    .closed_because = { $reason } ({ $schedule } : fermé)
    .mix = Répartition des contenus
    .mix_window = Sur la première année du calendrier, du { $from } au { $to } : { PLURAL($count) ->
        [one] une publication
       *[other] { $count } publications
    }.
    .by_practice = Par pratique
    .by_network = Par réseau
    .share = { PLURAL($count) ->
        [one] une publication
       *[other] { $count } publications
    } ({ $percent } %)
    .crisis = Si une crise éclate
    .level = au niveau { $level } ({ $name })
    .or = { $a } ou { $b }
    .pause = Une crise { $levels } suspend toutes les publications programmées : environ { $per_week } par semaine, jusqu'à la fin de la crise.
    .no_pause = Aucun niveau de crise ne suspend les publications programmées : relisez chacune avant sa sortie pendant une crise.
