# الصياغة الثابتة لوثائق commstrat بالعربية.
# الرسائل والسمات والمتغيرات نفسها الموجودة في en.ftl (يتحقق منها اختبار).

day_one = 1
list_and = { $a } و{ $b }
day_range = من { $from } إلى { $to }
colon = :
list_separator = { "، " }
yes = نعم
no = لا
none = لا يوجد
every_network = جميع المنصات

part =
    .overview = نظرة عامة
    .voice = الأسلوب والنبرة
    .personas = شخصيات الجمهور
    .networks = المنصات
    .availability = أوقات العمل
    .playbooks = إجراءات الرد
    .crisis = دليل إدارة الأزمات
    .measurement = قياس الأداء
    .contacts = جهات الاتصال
    .shift = في المناوبة: ابدأ من هنا
    .publishing = تقويم المحتوى

overview =
    .heading = دليل الردود
    .version = الإصدار
    .owner = المسؤول
    .values = قيمنا
    .objectives = أهدافنا
    .source = أُنشئ هذا الدليل بواسطة commstrat من الملف `{ $file }`، الإصدار { $version }. عدِّل ملف الاستراتيجية، لا هذا الدليل.
    .contents = المحتويات

voice =
    .brand_voice = أسلوب العلامة التجارية
    .person = صيغة المتحدث
    .formality = درجة الرسمية
    .humor = الدعابة
    .emoji = الرموز التعبيرية
    .sign_off = التوقيع
    .traits = ما يميّز أسلوبنا وما لا يمثّله
    .is = نحن
    .is_not = لسنا
    .avoid = لا تكتب أبدًا
    .substitutions = قل هذا بدلًا من ذاك
    .substitution_avoid = بدلًا من
    .substitution_prefer = قل
    .per_network = الأسلوب على كل منصة
    .network = المنصة
    .override_note = القيم المكتوبة بخط عريض تحل محل أسلوب العلامة التجارية على تلك المنصة.

personas =
    .where = أين نجد هذه الفئة
    .needs = ما تحتاجه هذه الفئة منا

networks =
    .platform = المنصة
    .handle = الحساب
    .audience = الجمهور
    .purpose = ما نقوم به هنا
    .voice = الأسلوب
    .schedule = أوقات العمل
    .response_time = الرد الأول
    .response_time_value = خلال { $duration } في أوقات العمل
    .response_time_around_the_clock = خلال { $duration }
    .response_time_immediate = فورًا في أوقات العمل
    .reply_limit = الحد الأقصى لطول الرد
    .reply_limit_value = { PLURAL($limit) ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }، تُحتسب وفق { $counting }
    .reply_limit_own = { PLURAL($limit) ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } (محدد لهذا الحساب)، تُحتسب وفق { $counting }
    .reply_limit_none = لا يوجد حد معروف

counting =
    .characters = أحرف يونيكود
    .graphemes = الوحدات الكتابية (ما يراه القارئ حرفًا واحدًا)
    .x-weighted = أوزان X (معظم الأحرف غير اللاتينية يُحتسب كلٌّ منها بحرفين، وكل رابط بـ 23)
    .characters-url-23 = أحرف يونيكود، وكل رابط يُحتسب بـ 23

surfaces =
    .heading = أين نكتب، وحدود المنصة
    .reply = الردود العلنية
    .dm = الرسائل الخاصة
    .review = الردود على المراجعات
    .post = المنشورات والرسائل المثبتة
    .none = لا يوجد حد معروف
    .own = (حدنا الخاص)
    .characters = { PLURAL($n) ->
        [zero] { $n } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $n } أحرف
        [many] { $n } حرفًا
       *[other] { $n } حرف
    }
    .bytes = { PLURAL($n) ->
        [zero] { $n } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $n } بايتات
        [many] { $n } بايتًا
       *[other] { $n } بايت
    }
    .units = { PLURAL($n) ->
        [zero] { $n } وحدة UTF-16
        [one] وحدة UTF-16 واحدة
        [two] وحدتا UTF-16
        [few] { $n } وحدات UTF-16
        [many] { $n } وحدةً UTF-16
       *[other] { $n } وحدة UTF-16
    }
    .links = { PLURAL($n) ->
        [zero] { $n } رابط
        [one] رابط واحد
        [two] رابطان
        [few] { $n } روابط
        [many] { $n } رابطًا
       *[other] { $n } رابط
    }
    .hashtags = { PLURAL($n) ->
        [zero] { $n } وسم
        [one] وسم واحد
        [two] وسمان
        [few] { $n } وسوم
        [many] { $n } وسمًا
       *[other] { $n } وسم
    }
    .mentions = { PLURAL($n) ->
        [zero] { $n } إشارة
        [one] إشارة واحدة
        [two] إشارتان
        [few] { $n } إشارات
        [many] { $n } إشارةً
       *[other] { $n } إشارة
    }
    .limits = بحد أقصى { $limits }، تُحتسب وفق { $counting }
    .utf8-bytes = بايتات UTF-8 (بايتان للحرف العربي أو المشكول، و4 للرمز التعبيري)
    .utf16-units = وحدات UTF-16 (وحدتان للرمز التعبيري)

availability =
    .zone = الأوقات وفق المنطقة الزمنية { $zone }.
    .always = الفريق متواجد على مدار الساعة طوال أيام الأسبوع.
    .hours = ساعات العمل
    .closed_day = مغلق
    .closed = أيام الإغلاق
    .statement = ما نبلغ به المتابعين
    .out_of_hours = الرد الآلي خارج هذه الأوقات
    .no_out_of_hours = لا يوجد رد آلي: من يكتب من المتابعين خارج هذه الأوقات ينتظر حتى ساعة العمل التالية.
    .per_week = إجمالي وقت العمل في الأسبوع: { $duration }.
    .used_by = يُستخدم في

playbooks =
    .applies = المنصات المعنية
    .deadline = الرد خلال
    .owner = المسؤول
    .automation = الردود الآلية
    .steps = الخطوات
    .do = افعل
    .dont = تجنَّب
    .escalation = صعِّد الأمر إلى { $role } في الحالات التالية
    .escalation_always = صعِّد الأمر إلى { $role }
    .replies = نماذج الردود
    .public = رد علني
    .private = رسالة خاصة
    .review = رد على مراجعة
    .length = الطول مع التوقيع وقيم تجريبية
    .length_value = { $count } من { $limit } على { $network }
    .length_of = { $count } من { $limit }
    .longest = أطول رد
    .over = يتجاوز الحد
    .placeholders = الكلمات الموضوعة بين `[أقواس معقوفة]` حقول متغيرة: استبدلها قبل الإرسال.

placeholder =
    .follower = المتابع
    .agent = اسمك الأول
    .network = الحساب
    .availability = بيان أوقات العمل
    .next_update = موعد التحديث التالي
    .link = الرابط

crisis =
    .levels = مستويات الخطورة
    .level = المستوى
    .name = الاسم
    .recognise = كيف نتعرّف عليه
    .respond = أول رد علني خلال
    .updates = التحديثات العلنية
    .approvers = اعتماد التصريحات العلنية
    .pause = إيقاف المنشورات المجدولة
    .every = { $unit ->
        [day] { PLURAL($n) ->
            [one] كل يوم
           *[other] كل { $duration }
        }
        [hour] { PLURAL($n) ->
            [one] كل ساعة
           *[other] كل { $duration }
        }
        [minute] { PLURAL($n) ->
            [one] كل دقيقة
           *[other] كل { $duration }
        }
       *[mixed] كل { $duration }
    }
    .scenarios = السيناريوهات
    .scenario_level = يبدأ عند المستوى { $level }: { $name }
    .level_heading = المستوى { $level }: { $name }
    .signals = إشارات الإنذار
    .owner = مسؤول إدارة الحادث
    .holding = البيان الأولي (أول رسالة علنية)
    .steps = الخطوات
    .dont = تجنَّب
    .timeline = الجدول الزمني للتصعيد
    .when = متى
    .notify = إبلاغ
    .contact = وسيلة التواصل
    .at_start = عند بدء الأزمة
    .after = بعد { $duration }
    .update_template = تحديث علني
    .update_template_every = تحديث علني { $every }
    .all_clear = تنتهي الأزمة حين
    .resolution_template = رسالة الختام
    .via = عبر
    .answer_within = الرد خلال { $duration }، وإلا فاتصل بالبديل
    .debrief = بعد الأزمة: مراجعة ما جرى

measurement =
    .metric = المؤشر
    .measure = ما يقيسه
    .target = الهدف
    .networks = المنصات
    .review = المراجعة
    .owner = المسؤول
    .source = المصدر
    .target_value = { $comparator ->
        [le] { $value } كحد أقصى
        [lt] أقل من { $value }
        [ge] { $value } على الأقل
        [gt] أكثر من { $value }
       *[eq] { $value }
    }
    .percent = { $n }%
    .figure = { $n }

contacts =
    .role = الدور
    .contact = وسيلة التواصل
    .backup = البديل

duration =
    .days = { PLURAL($n) ->
        [zero] { $n } يوم
        [one] يوم
        [two] يومين
        [few] { $n } أيام
        [many] { $n } يومًا
       *[other] { $n } يوم
    }
    .hours = { PLURAL($n) ->
        [zero] { $n } ساعة
        [one] ساعة
        [two] ساعتين
        [few] { $n } ساعات
        [many] { $n } ساعة
       *[other] { $n } ساعة
    }
    .minutes = { PLURAL($n) ->
        [zero] { $n } دقيقة
        [one] دقيقة
        [two] دقيقتين
        [few] { $n } دقائق
        [many] { $n } دقيقة
       *[other] { $n } دقيقة
    }
    .zero = فورًا
    .separator = { " و" }

person =
    .first-singular = أنا (شخص محدد بالاسم)
    .first-plural = نحن (الفريق)
    .third = العلامة التجارية باسمها

formality =
    .casual = غير رسمي
    .neutral = محايد
    .formal = رسمي

humor =
    .none = بلا دعابة
    .light = لمسة خفيفة
    .playful = مرِح

emoji =
    .never = أبدًا
    .sparingly = باعتدال
    .freely = بحرية

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
    .google-business = الملف التجاري على Google
    .other = أخرى

kind =
    .welcome = الترحيب بالمتابعين الجدد
    .question = الأسئلة
    .request = الطلبات
    .suggestion = الاقتراحات
    .complaint = الشكاوى
    .criticism = الانتقادات
    .praise = رسائل الإشادة
    .abuse = الإساءات
    .other = تفاعلات أخرى

automation =
    .never = أبدًا: يكتب شخصٌ كل رد بنفسه
    .draft = يمكن لأداة إعداد مسودة، ويرسلها شخص
    .allowed = يمكن إرسالها آليًا

measure =
    .first-response-time = زمن الرد الأول
    .response-rate = معدل الرد
    .engagement-rate = معدل التفاعل
    .follower-growth = نمو عدد المتابعين
    .sentiment = المشاعر
    .mentions = الإشارات
    .custom = مخصص

review =
    .weekly = أسبوعية
    .monthly = شهرية
    .quarterly = ربع سنوية

calendar =
    .heading = تقويم المحتوى
    .window = من { $from } إلى { $to }. الأوقات محلية وفق المنطقة الزمنية لكل منشور.
    .week = الأسبوع { $week } من { NUMBER($year, useGrouping: "false") }
    .days = من { $from } إلى { $to }
    .date = التاريخ
    .weekday = اليوم
    .time = الوقت
    .network = المنصة
    .practice = نوع المحتوى
    .title = العنوان
    .owner = المسؤول
    .all_day = طوال اليوم
    .shifted = { $time } (الوقت { $from } غير موجود في ذلك اليوم)
    .ics_networks = { PLURAL($n) ->
        [one] المنصة
        [two] المنصتان
       *[other] المنصات
    }: { $networks }
    .ics_summary = { $title } ({ $networks })
    .ics_owner = المسؤول: { $owner }
    .ics_shifted = الوقت { $from } غير موجود يوم { $date } في المنطقة الزمنية { $zone } (تقديم الساعة للتوقيت الصيفي)، فنُقل الموعد إلى { $time }
    .empty = لا يوجد شيء مجدول في هذه الفترة.
    .glance = نظرة سريعة
    .glance_legend = يُظهر كل يوم من الفترة تاريخه، ثم عدد المنشورات في ذلك اليوم، أو سبب عدم نشر أي شيء.
    .posts = تفاصيل كل منشور
    .duration = المدة
    .closed = لا أحد في الخدمة هذا اليوم (جدول { $schedule })
    .closed_because = { $reason }: لا أحد في الخدمة هذا اليوم (جدول { $schedule })

practice =
    .welcome = ترحيب
    .current-affairs = مواكبة الأحداث
    .humor = دعابة
    .question = سؤال
    .poll = استطلاع
    .behind-the-scenes = كواليس
    .product = منتج
    .results-review = مراجعة النتائج
    .other = أخرى
    .blackout = إيقاف النشر
    .closed = مغلق

csv =
    .date = التاريخ
    .local_time = الوقت المحلي
    .zone = المنطقة الزمنية
    .utc_instant = الوقت بالتوقيت العالمي
    .network = الشبكة
    .platform = المنصة
    .handle = الحساب
    .practice = نوع المحتوى
    .title = العنوان
    .owner = المسؤول
    .brief = التوجيهات

# تقرير Markdown للأمر `commstrat diff`. يتفق الفعل مع القسم ($section):
# الاستراتيجية والشخصية والمنصة والسلسلة والفترة مؤنثة.
diff =
    .title = تغييرات الاستراتيجية: من { $old } إلى { $new }
    .none = لا تغيير في المضمون (التنسيق أو التعليقات أو الترتيب فقط).
    .overall = { $class ->
        [breaking] تغيير جذري
        [additive] إضافة
       *[wording] صياغة فقط
    }
    .headline = **{ $overall }** (وعود أُضعفت: { $breaking }، إضافات: { $additive }، تغييرات في الصياغة: { $wording }). الإصدار: من { $old } إلى { $new }.
    .breaking_heading = تغييرات جذرية: وعود أُضعفت أو أُلغيت
    .additive_heading = إضافات
    .wording_heading = صياغة فقط
    .section = { $section ->
        [strategy] الاستراتيجية
        [voice] الأسلوب
        [persona] الشخصية
        [network] المنصة
        [schedule] جدول الدوام
        [role] الدور
        [playbook] إجراء الرد
        [crisis_level] مستوى الأزمة
        [crisis_scenario] سيناريو الأزمة
        [calendar_series] سلسلة التقويم
        [calendar_event] حدث التقويم
        [blackout] فترة إيقاف النشر
       *[metric] المؤشر
    }
    .removed = { $section ->
        [strategy] حُذفت { $name } { $id }
        [persona] حُذفت { $name } { $id }
        [network] حُذفت { $name } { $id }
        [calendar_series] حُذفت { $name } { $id }
        [blackout] حُذفت { $name } { $id }
       *[other] حُذف { $name } { $id }
    }
    .added = { $section ->
        [strategy] أُضيفت { $name } { $id }
        [persona] أُضيفت { $name } { $id }
        [network] أُضيفت { $name } { $id }
        [calendar_series] أُضيفت { $name } { $id }
        [blackout] أُضيفت { $name } { $id }
       *[other] أُضيف { $name } { $id }
    }
    .changed = { $name } { $id }: تغيّر { $field } من { $before } إلى { $after }
    .nothing = (فارغ)
    .quoted = «{ $text }»
    .always = على مدار الساعة طوال الأسبوع
    .never = بلا تغطية
    .per_week = { $duration } في الأسبوع
    .availability_reduced = تقلّصت أوقات التغطية على المنصة { $id } إلى { $after } بعد أن كانت { $before }
    .availability_moved = أُعيد توزيع أوقات التغطية على المنصة { $id }: { $lost } في الأسبوع بلا تغطية الآن
    .response_time = زادت مدة الرد على المنصة { $id } من { $before } إلى { $after }
    .playbook_network = لم يعد إجراء الرد { $id } يسري على المنصة { $network }
    .playbook_deadline = زادت مهلة الرد في إجراء الرد { $id } على المنصة { $network } من { $before } إلى { $after }
    .playbook_kind = لم يعد إجراء الرد { $id } يعالج النوع { $before } (صار يعالج { $after })
    .approver_removed = لم يعد الدور { $role } يعتمد التصريحات في مستوى الأزمة { $level }
    .level_updates = لم يعد مستوى الأزمة { $level } يَعِد بتحديثات منتظمة
    .level_deadline = زادت مهلة أول رد علني في مستوى الأزمة { $id } من { $before } إلى { $after }
    .level_cadence = زادت المدة بين التحديثات العلنية في مستوى الأزمة { $id } من { $before } إلى { $after }
    .level_pause = لم يعد مستوى الأزمة { $level } يوقف المنشورات المجدولة
    .scenario_lowered = خُفِّض سيناريو الأزمة { $id } من المستوى { $before } إلى المستوى { $after }
    .scenario_unnotified = لم يعد سيناريو الأزمة { $id } يُبلغ الدور { $role }
    .scenario_later = صار سيناريو الأزمة { $id } يُبلغ الدور { $role } في وقت لاحق: { $after }، وكان سابقًا { $before }

pictures =
    .staffing_title = ساعات التغطية حسب المنصة، بتوقيت { $zone }
    .staffing_description = كل عمود منصة من منصاتنا وفي أعلاه مهلة الرد عليها، وكل صف ساعة من ساعات الأسبوع بتوقيت { $zone }. الداكن: الفريق متواجد طوال الساعة. الفاتح: متواجد جزءًا من الساعة. الرمادي: لا أحد مناوب.
    .staffing_column = { $duration } · { $network }
    .staffing_whole = الفريق متواجد طوال الساعة
    .staffing_part = الفريق متواجد جزءًا من الساعة
    .staffing_nobody = لا أحد مناوب
    .timeline_title = التسلسل الزمني — { $level }
    .timeline_start = إعلان الأزمة
    .timeline_statement = آخر موعد لأول تصريح علني
    .timeline_update = تحديث علني
    .timeline_call = الاتصال بـ{ $roles }
    .month_title = تقويم { $month }
    .number = { $n }
    .month_posts = منشورات اليوم
    .month_blackout = فترة توقف: لا يُنشر شيء مجدول
    .month_closed = جدول تغطية مغلق
    .month_description = { PLURAL($posts) ->
        [one] منشور واحد هذا الشهر
        [two] منشوران هذا الشهر
        [few] { $posts } منشورات هذا الشهر
       *[other] { $posts } منشورًا هذا الشهر
    }، و{ PLURAL($pauses) ->
        [one] يوم واحد
        [two] يومان
        [few] { $pauses } أيام
       *[other] { $pauses } يومًا
    } من التوقف أو الإغلاق.

shift =
    .intro = ابدأ من هنا حين تتسلم صندوق الرسائل: تعرّف على نوع الرسالة، وتحقق من موعد الرد عليها، واعرف بمن تتصل.
    .triage = ما نوع الرسالة؟
    .deadlines = مهل الرد
    .deadlines_note = لا تُحتسب المهل إلا في ساعات العمل: الرسالة التي تصل ولا أحد مناوب يُرد عليها خلال المهلة نفسها بعد بدء ساعة العمل التالية.
    .playbook = إجراء الرد
    .call = بمن تتصل
    .escalations = التصعيد من
    .crises = قائد الاستجابة لأزمة

triage =
    .welcome = شخص جديد يتابعنا أو ينضم إلينا أو يحيّينا لأول مرة.
    .question = شخص يطلب معلومة: مواعيد العمل أو توفر منتج أو طريقة استخدامه.
    .request = شخص يطلب منا أن نفعل له شيئًا: تعديل طلب أو حجز أو إرسال أو إصلاح.
    .suggestion = شخص يقترح فكرة لتحسين منتج أو خدمة، دون أن يشكو من شيء.
    .complaint = شخص مرّ بتجربة سيئة معنا ويريد حلها: طلب متأخر أو منتج معيب أو خدمة سيئة.
    .criticism = شخص يعترض علنًا على ما نفعله أو نقوله، دون أن يطلب شيئًا لنفسه.
    .praise = شخص يشكرنا أو يثني علينا.
    .abuse = إهانات أو تهديدات أو تحرش أو خطاب كراهية أو رسائل مزعجة، موجهة إلينا أو إلى غيرنا. النقد، مهما كان قاسيًا، ليس إساءة.
    .other = كل ما لا يندرج تحت أي نوع مما سبق.

publishing =
    .intro = ما ننشره ومتى، ومتى نتوقف عن النشر ولماذا، وما الذي توقفه الأزمة.
    .series = منشورات دورية
    .events = منشورات لمرة واحدة
    .cadence = { $unit ->
        [day] { PLURAL($n) ->
            [one] كل يوم
            [two] كل يومين
            [few] كل { $n } أيام
           *[other] كل { $n } يومًا
        }
        [week] { PLURAL($n) ->
            [one] كل أسبوع
            [two] كل أسبوعين
            [few] كل { $n } أسابيع
           *[other] كل { $n } أسبوعًا
        }، { $days }
       *[month] { PLURAL($n) ->
            [one] كل شهر
            [two] كل شهرين
            [few] كل { $n } أشهر
           *[other] كل { $n } شهرًا
        }، في { $days }
    }، الساعة { $times }
    .on_days = يوم { $days }
    .month_day = اليوم { $n } من الشهر
    .nth_weekday = { $weekday } { $day ->
        [fri] { $nth ->
            [first] الأولى
            [second] الثانية
            [third] الثالثة
            [fourth] الرابعة
           *[last] الأخيرة
        }
       *[other] { $nth ->
            [first] الأول
            [second] الثاني
            [third] الثالث
            [fourth] الرابع
           *[last] الأخير
        }
    } من الشهر
    .from = ابتداءً من { $from }
    .from_until = من { $from } إلى { $to }
    .persona = موجّه إلى
    .brief = التوجيهات
    .unattended = يُنشر عمدًا في وقت لا يكون فيه أحد مناوبًا.
    .pauses = متى نتوقف عن النشر
    .range = من { $from } إلى { $to }
    .closed = { $schedule }: مغلق
    .closed_because = { $reason } ({ $schedule }: مغلق)
    .mix = توزيع المحتوى
    .mix_window = في السنة الأولى من التقويم، من { $from } إلى { $to }: { PLURAL($count) ->
        [one] منشور واحد
        [two] منشوران
        [few] { $count } منشورات
       *[other] { $count } منشورًا
    }.
    .by_practice = حسب نوع المحتوى
    .by_network = حسب المنصة
    .share = { PLURAL($count) ->
        [one] منشور واحد
        [two] منشوران
        [few] { $count } منشورات
       *[other] { $count } منشورًا
    } ({ $percent }٪)
    .crisis = إذا اندلعت أزمة
    .level = من المستوى { $level } ({ $name })
    .or = { $a } أو { $b }
    .pause = الأزمة { $levels } توقف كل المنشورات المجدولة: { PLURAL($per_week) ->
        [one] نحو منشور واحد
        [two] نحو منشورين
        [few] نحو { $per_week } منشورات
       *[other] نحو { $per_week } منشورًا
    } في الأسبوع تتوقف حتى تنتهي الأزمة.
    .no_pause = لا يوقف أي مستوى من مستويات الأزمة المنشورات المجدولة: راجع كل منشور قبل نشره أثناء الأزمة.
