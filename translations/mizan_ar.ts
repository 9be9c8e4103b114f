<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>IssueText</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>الملف فارغ (0 بايت)</translation>
    </message>
    <message>
        <source>the file is %1, over the import limit of %2; not imported</source>
        <translation>حجم الملف %1، وهو أكبر من حدّ الاستيراد %2؛ لم يُستورد</translation>
    </message>
    <message>
        <source>converted from %1 to UTF-8</source>
        <translation>حُوِّل من %1 إلى UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it looks like %1, which it does not declare; convert it to UTF-8 (e.g. iconv -f windows-1256 -t utf-8) or declare the encoding in the XML declaration</source>
        <translation>الملف ليس بترميز UTF-8؛ يبدو أنه بترميز %1 ولا يصرّح بذلك؛ حوِّله إلى UTF-8 (مثلًا iconv -f windows-1256 -t utf-8) أو صرِّح بالترميز في تصريح XML</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (the file must be UTF-8)</source>
        <translation>تسلسل بايتات غير صالح في UTF-8 (يجب أن يكون الملف بترميز UTF-8)</translation>
    </message>
    <message>
        <source>invalid UTF-8: %1 byte sequence(s) replaced by U+FFFD, the first here</source>
        <translation>ترميز UTF-8 غير صالح: استُبدل %1 من تسلسلات البايتات بالمحرف U+FFFD، أولها هنا</translation>
    </message>
    <message>
        <source>unknown corpus format</source>
        <translation>صيغة المدوّنة غير معروفة</translation>
    </message>
    <message>
        <source>out of memory while importing</source>
        <translation>نفدت الذاكرة أثناء الاستيراد</translation>
    </message>
    <message>
        <source>import failed: %1</source>
        <translation>تعذّر الاستيراد: %1</translation>
    </message>
    <message>
        <source>empty word before the tag column; line skipped</source>
        <translation>كلمة فارغة قبل عمود الوسم؛ تُخطّي السطر</translation>
    </message>
    <message>
        <source>expected `word TAG` or `word&lt;TAB&gt;TAG`, found one column; tagged O</source>
        <translation>المتوقع «كلمة وسم» أو «كلمة&lt;TAB&gt;وسم»، ووُجد عمود واحد؛ وُسمت بـ O</translation>
    </message>
    <message>
        <source>%1 columns; only the first tag column (column 2) is used, the rest are ignored (reported once)</source>
        <translation>%1 أعمدة؛ لا يُستعمل إلا أول عمود للوسم (العمود 2) ويُتجاهل الباقي (يُذكر مرة واحدة)</translation>
    </message>
    <message>
        <source>malformed tag &quot;%1&quot; for word &quot;%2&quot; (label &quot;%3&quot; looks like a misspelling of &quot;%4&quot;); read as %5</source>
        <translation>وسم مشوّه &quot;%1&quot; للكلمة &quot;%2&quot; (يبدو أن التسمية &quot;%3&quot; خطأ إملائي في &quot;%4&quot;)؛ قُرئ على أنه %5</translation>
    </message>
    <message>
        <source>suspicious tag &quot;%1&quot; for word &quot;%2&quot;: label &quot;%3&quot; looks like a misspelling of one of %4; kept</source>
        <translation>وسم مريب &quot;%1&quot; للكلمة &quot;%2&quot;: يبدو أن التسمية &quot;%3&quot; خطأ إملائي في إحدى التسميات %4؛ أُبقي كما هو</translation>
    </message>
    <message>
        <source>malformed tag &quot;%1&quot; for word &quot;%2&quot;; read as %3</source>
        <translation>وسم مشوّه &quot;%1&quot; للكلمة &quot;%2&quot;؛ قُرئ على أنه %3</translation>
    </message>
    <message>
        <source>IOB1 tagging (entities start with I-, B- only separates adjacent entities); read as IOB2</source>
        <translation>وسم بنظام IOB1 (تبدأ الكيانات بـ I-، ولا يفصل B- إلا بين كيانين متجاورين)؛ قُرئ بنظام IOB2</translation>
    </message>
    <message>
        <source>I- tag without a preceding B- or I- of the same type; read as B-</source>
        <translation>وسم I- لا يسبقه B- أو I- من النوع نفسه؛ قُرئ على أنه B-</translation>
    </message>
    <message>
        <source>a NUL byte (XML allows none); replaced by U+FFFD</source>
        <translation>بايت NUL (لا يسمح به XML)؛ استُبدل بالمحرف U+FFFD</translation>
    </message>
    <message>
        <source>character reference %1 is not a character XML allows (NUL, a surrogate, past U+10FFFF or a control character); replaced by U+FFFD</source>
        <translation>مرجع المحرف %1 ليس محرفًا يسمح به XML (NUL أو بديل UTF-16 أو بعد U+10FFFF أو محرف تحكّم)؛ استُبدل بالمحرف U+FFFD</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; outside any &lt;text&gt;; ignored</source>
        <translation>نص &quot;%1&quot; خارج أي عنصر &lt;text&gt;؛ تُجوهل</translation>
    </message>
    <message>
        <source>markup &lt;%1&gt; inside &lt;text&gt; removed; its text is kept</source>
        <translation>أُزيل الترميز &lt;%1&gt; من داخل &lt;text&gt; وأُبقي نصه</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt;, expected %2; ignored</source>
        <translation>عنصر غير متوقع &lt;%1&gt;، المتوقع %2؛ تُجوهل</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &apos;%2&apos; attribute; using &quot;%3&quot;</source>
        <translation>ليس للعنصر &lt;%1&gt; سمة &apos;%2&apos;؛ استُعملت القيمة &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&lt;sentence&gt; has no &apos;id&apos; attribute; sentence skipped</source>
        <translation>ليس للعنصر &lt;sentence&gt; سمة &apos;id&apos;؛ تُخطّيت الجملة</translation>
    </message>
    <message>
        <source>&lt;sentence id=&quot;%1&quot;&gt; has no &lt;text&gt;; sentence skipped</source>
        <translation>ليس للعنصر &lt;sentence id=&quot;%1&quot;&gt; عنصر &lt;text&gt;؛ تُخطّيت الجملة</translation>
    </message>
    <message>
        <source>&lt;Entity&gt; needs a label and offsets 0 &lt;= from &lt; to &lt;= %1; entity skipped</source>
        <translation>يحتاج العنصر &lt;Entity&gt; إلى تسمية وإزاحتين 0 &lt;= from &lt; to &lt;= %1؛ تُخطّي الكيان</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &apos;%2&apos; attribute; opinion skipped</source>
        <translation>ليس للعنصر &lt;%1&gt; سمة &apos;%2&apos;؛ تُخطّي الرأي</translation>
    </message>
    <message>
        <source>unknown polarity &quot;%1&quot; (expected positive, negative, neutral or conflict); opinion skipped</source>
        <translation>قطبية غير معروفة &quot;%1&quot; (المتوقع positive أو negative أو neutral أو conflict)؛ تُخطّي الرأي</translation>
    </message>
    <message>
        <source>NULL target with offsets other than 0; offsets set to 0</source>
        <translation>هدف NULL بإزاحات غير 0؛ جُعلت الإزاحات 0</translation>
    </message>
    <message>
        <source>empty target; opinion skipped</source>
        <translation>هدف فارغ؛ تُخطّي الرأي</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &apos;%2&apos; attribute</source>
        <translation>ليس للعنصر &lt;%1&gt; سمة &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &quot;%2&quot;, expected a non-negative integer</source>
        <translation>قيمة &apos;%1&apos; هي &quot;%2&quot;، والمتوقع عدد صحيح غير سالب</translation>
    </message>
    <message>
        <source>offsets %1-%2 are outside the sentence text (%3 characters)</source>
        <translation>الإزاحتان %1-%2 خارج نص الجملة (%3 محرفًا)</translation>
    </message>
    <message>
        <source>target &quot;%1&quot; does not match the text at %2-%3 (&quot;%4&quot;)</source>
        <translation>الهدف &quot;%1&quot; لا يطابق النص عند %2-%3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>target &quot;%1&quot; placed at its occurrence %2-%3</source>
        <translation>وُضع الهدف &quot;%1&quot; عند موضع وروده %2-%3</translation>
    </message>
    <message>
        <source>target &quot;%1&quot; does not occur in the sentence; opinion skipped</source>
        <translation>الهدف &quot;%1&quot; لا يرد في الجملة؛ تُخطّي الرأي</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>ملف XML غير سليم البنية: %1</translation>
    </message>
    <message>
        <source>DOCTYPE ignored: entities it declares are never expanded</source>
        <translation>تُجوهل DOCTYPE: لا تُوسَّع الكيانات التي يصرّح بها أبدًا</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>لا عنصر جذر</translation>
    </message>
    <message>
        <source>root element is &lt;%1&gt;, expected &lt;Reviews&gt; (SemEval 2015/2016) or &lt;sentences&gt; (SemEval 2014)</source>
        <translation>العنصر الجذر هو &lt;%1&gt;، والمتوقع &lt;Reviews&gt; (SemEval 2015/2016) أو &lt;sentences&gt; (SemEval 2014)</translation>
    </message>
    <message>
        <source>text after the root element; ignored</source>
        <translation>نص بعد العنصر الجذر؛ تُجوهل</translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt; after &lt;%2&gt;; ignored</source>
        <translation>عنصر جذر ثانٍ &lt;%1&gt; بعد &lt;%2&gt;؛ تُجوهل</translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt; (two files joined into one?); read as part of the corpus</source>
        <translation>عنصر جذر ثانٍ &lt;%1&gt; (ملفان مدموجان في ملف واحد؟)؛ قُرئ جزءًا من المدوّنة</translation>
    </message>
    <message>
        <source>not valid JSON (%1); line skipped</source>
        <translation>ليس JSON صالحًا (%1)؛ تُخطّي السطر</translation>
    </message>
    <message>
        <source>%1; line skipped</source>
        <translation>%1؛ تُخطّي السطر</translation>
    </message>
    <message>
        <source>unexpected value (%1); line skipped</source>
        <translation>قيمة غير متوقعة (%1)؛ تُخطّي السطر</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>ليس JSON صالحًا (%1)</translation>
    </message>
    <message>
        <source>this is a JSON array (a doccano JSON export), not JSON Lines; reading its %1 element(s) as documents</source>
        <translation>هذه مصفوفة JSON (تصدير doccano بصيغة JSON) وليست JSON Lines؛ تُقرأ عناصرها الـ%1 على أنها مستندات</translation>
    </message>
    <message>
        <source>label %1 is not [start, end, &quot;LABEL&quot;] with non-negative offsets; ignored</source>
        <translation>التسمية %1 ليست [start, end, &quot;LABEL&quot;] بإزاحات غير سالبة؛ تُجوهلت</translation>
    </message>
    <message>
        <source>span %1-%2 is outside the text (%3 characters); ignored</source>
        <translation>المقطع %1-%2 خارج النص (%3 محرفًا)؛ تُجوهل</translation>
    </message>
    <message>
        <source>document-level labels (text classification) are not kept</source>
        <translation>لا تُحفظ التسميات على مستوى المستند (تصنيف النصوص)</translation>
    </message>
    <message>
        <source>%1 more warnings like &quot;%2&quot; from here on (only the first %3 of a kind are listed)</source>
        <translation>%1 تحذيرًا آخر مثل «%2» من هنا فصاعدًا (لا يُعرض إلا أول %3 من كل نوع)</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>التجربة</translation>
    </message>
    <message>
        <source>Annotate next</source>
        <translation>الوسم التالي</translation>
    </message>
    <message>
        <source>Compare annotators</source>
        <translation>مقارنة الموسِّمين</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>%1 is not a Mizan model: neither it nor %2 holds %3.</source>
        <translation>المجلد %1 ليس نموذجًا لميزان: لا هو ولا %2 يحوي الملف %3.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>المسار %1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder %1 has no %2.</source>
        <translation>المجلد %1 لا يحوي الملف %2.</translation>
    </message>
    <message>
        <source>The folder %1 has no vocab.txt; a WordPiece vocabulary is required.</source>
        <translation>المجلد %1 لا يحوي ملف المفردات، ومفردات WordPiece مطلوبة.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>تعذّر فتح الملف %1.</translation>
    </message>
    <message>
        <source>%1 lacks the field %2.</source>
        <translation>ينقص الملفَ %1 الحقلُ %2.</translation>
    </message>
    <message>
        <source>The field %2 of %1 has a value this version does not support.</source>
        <translation>للحقل %2 في الملف %1 قيمة لا يدعمها هذا الإصدار.</translation>
    </message>
    <message>
        <source>%1 lacks the tensor %2: these weights do not belong to this model.</source>
        <translation>ينقص الملفَ %1 الموترُ %2: هذه الأوزان لا تخص هذا النموذج.</translation>
    </message>
    <message>
        <source>In %1 the tensor %2 has the shape %3 where the model expects %4.</source>
        <translation>في الملف %1 شكل الموتر %2 هو %3 والنموذج يتوقع %4.</translation>
    </message>
    <message>
        <source>%1 holds the tensor %2, which the model does not have (labels.json and the weights disagree).</source>
        <translation>يحوي الملف %1 الموتر %2 وليس في النموذج (ملف الوسوم والأوزان غير متوافقين).</translation>
    </message>
    <message>
        <source>The vocabulary of %1 has %2 entries but its config.json allows %3: the vocabulary does not belong to this model.</source>
        <translation>في مفردات %1 عدد %2 من المدخلات وإعدادات النموذج تسمح بـ %3: المفردات لا تخص هذا النموذج.</translation>
    </message>
    <message>
        <source>The corpus %1 cannot be read.</source>
        <translation>تعذّرت قراءة المدوّنة %1.</translation>
    </message>
    <message>
        <source>The training corpora have no labels for the task %1 (SemEval files give targets, sentiment and categories; CoNLL files give named entities).</source>
        <translation>ليس في مدوّنات التدريب وسوم للمهمة %1 (ملفات SemEval تعطي الأهداف والمشاعر والفئات، وملفات CoNLL تعطي الكيانات المسمّاة).</translation>
    </message>
    <message>
        <source>The training corpora have nothing to learn: no opinion targets and no entity spans.</source>
        <translation>لا شيء يُتعلَّم من مدوّنات التدريب: لا أهداف آراء ولا كيانات معلَّمة.</translation>
    </message>
    <message>
        <source>The task %1 has no training examples in the corpora.</source>
        <translation>ليس للمهمة %1 أمثلة تدريب في المدوّنات.</translation>
    </message>
    <message>
        <source>The baseline has nothing to learn: it needs sentences with explicit opinion targets, or with entities.</source>
        <translation>لا شيء يتعلمه النموذج الأساسي: يحتاج إلى جمل فيها أهداف آراء صريحة أو كيانات.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>نفدت الذاكرة.</translation>
    </message>
    <message>
        <source>Out of memory at step %1 on a batch of %2 sequences of %3 pieces: lower the batch size (now %4) or the maximum length (now %5).</source>
        <translation>نفدت الذاكرة في الخطوة %1 على دفعة من %2 تسلسلًا طول كل منها %3 قطعة: قلّل حجم الدفعة (الآن %4) أو الطول الأقصى (الآن %5).</translation>
    </message>
    <message>
        <source>The training was cancelled.</source>
        <translation>أُلغي التدريب.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <source>Out of memory on the GPU.</source>
        <translation>نفدت ذاكرة وحدة المعالجة الرسومية.</translation>
    </message>
</context>
<context>
    <name>RankJob</name>
    <message>
        <source>Scoring sentences</source>
        <translation>تقييم الجمل</translation>
    </message>
    <message>
        <source>Training the baseline</source>
        <translation>تدريب النموذج الأساسي</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>تحميل النموذج</translation>
    </message>
    <message>
        <source>Scoring this round on held-out reviews</source>
        <translation>تقييم هذه الجولة على مراجعات محجوزة</translation>
    </message>
</context>
<context>
    <name>mizan::ui</name>
    <message>
        <source>positive</source>
        <translation>إيجابي</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>سلبي</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>متعارض</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>الوسم: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <source>Polarity: %1</source>
        <translation>القطبية: %1</translation>
    </message>
    <message>
        <source>Offsets: %1-%2</source>
        <translation>المواضع: %1-%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; - confidence %3% - code points %4-%5</source>
        <translation>%1 «%2» - الثقة %3% - نقاط الترميز %4-%5</translation>
    </message>
    <message>
        <source>target &quot;%1&quot; - %2 (%3%) - code points %4-%5</source>
        <translation>هدف «%1» - %2 (%3%) - نقاط الترميز %4-%5</translation>
    </message>
    <message>
        <source>no sentiment head</source>
        <translation>لا رأس للمشاعر</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) (%1)</source>
        <translation>
            <numerusform>لا أهداف (%1)</numerusform>
            <numerusform>هدف واحد (%1)</numerusform>
            <numerusform>هدفان (%1)</numerusform>
            <numerusform>%n أهداف (%1)</numerusform>
            <numerusform>%n هدفًا (%1)</numerusform>
            <numerusform>%n هدف (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) (%1)</source>
        <translation>
            <numerusform>لا كيانات (%1)</numerusform>
            <numerusform>كيان واحد (%1)</numerusform>
            <numerusform>كيانان (%1)</numerusform>
            <numerusform>%n كيانات (%1)</numerusform>
            <numerusform>%n كيانًا (%1)</numerusform>
            <numerusform>%n كيان (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation>إجمالًا %1</translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation>لم يُختر أي مجلد.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Missing in %1: %2.</source>
        <translation>ملفات ناقصة في %1: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3 layers, hidden size %4, %5 heads, vocabulary of %6, %7 M parameters, %8.</source>
        <translation>%1، %2: عدد الطبقات %3، حجم الطبقة المخفية %4، عدد رؤوس الانتباه %5، حجم المفردات %6، %7 مليون مُعامِل، %8.</translation>
    </message>
    <message>
        <source>lower-cased</source>
        <translation>تُحوَّل الحروف إلى صغيرة</translation>
    </message>
    <message>
        <source>case kept</source>
        <translation>حالة الحروف محفوظة</translation>
    </message>
    <message>
        <source>The pre-training heads (cls.*) are ignored.</source>
        <translation>رؤوس ما قبل التدريب (cls.*) مُتجاهَلة.</translation>
    </message>
    <message>
        <source>No tokenizer_config.json: Hugging Face&apos;s defaults apply (lower-casing).</source>
        <translation>لا يوجد tokenizer_config.json: تُطبَّق إعدادات Hugging Face الافتراضية (تحويل الحروف إلى صغيرة).</translation>
    </message>
    <message>
        <source>Warning: this vocabulary is Farasa-segmented (AraBERT v2); text that is not segmented by Farasa first will be tokenized poorly.</source>
        <translation>تحذير: هذه المفردات مقطّعة بأداة Farasa ‏(AraBERT v2)؛ والنص الذي لم يُقطَّع بـ Farasa أولًا سيُجزَّأ تجزئة رديئة.</translation>
    </message>
    <message>
        <source>About the whole sentence (no target)</source>
        <translation>عن الجملة كلها (بلا هدف)</translation>
    </message>
    <message numerus="yes">
        <source>%n target category(ies): the SemEval 2014 layout has no category on aspect terms.</source>
        <translation>
            <numerusform>%n فئة هدف: تنسيق SemEval 2014 لا يحفظ فئة لمصطلحات الجوانب.</numerusform>
            <numerusform>%n فئة هدف: تنسيق SemEval 2014 لا يحفظ فئة لمصطلحات الجوانب.</numerusform>
            <numerusform>%n فئة هدف: تنسيق SemEval 2014 لا يحفظ فئة لمصطلحات الجوانب.</numerusform>
            <numerusform>%n فئة هدف: تنسيق SemEval 2014 لا يحفظ فئة لمصطلحات الجوانب.</numerusform>
            <numerusform>%n فئة هدف: تنسيق SemEval 2014 لا يحفظ فئة لمصطلحات الجوانب.</numerusform>
            <numerusform>%n فئة هدف: تنسيق SemEval 2014 لا يحفظ فئة لمصطلحات الجوانب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review-level opinion(s) would be lost.</source>
        <translation>
            <numerusform>ستضيع آراء على مستوى المراجعة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى المراجعة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى المراجعة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى المراجعة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى المراجعة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى المراجعة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opinion(s) without a category would be written with category=&quot;&quot;, which SemEval tools reject.</source>
        <translation>
            <numerusform>آراء بلا فئة: %n، ستُكتب بفئة فارغة ترفضها أدوات SemEval.</numerusform>
            <numerusform>آراء بلا فئة: %n، ستُكتب بفئة فارغة ترفضها أدوات SemEval.</numerusform>
            <numerusform>آراء بلا فئة: %n، ستُكتب بفئة فارغة ترفضها أدوات SemEval.</numerusform>
            <numerusform>آراء بلا فئة: %n، ستُكتب بفئة فارغة ترفضها أدوات SemEval.</numerusform>
            <numerusform>آراء بلا فئة: %n، ستُكتب بفئة فارغة ترفضها أدوات SemEval.</numerusform>
            <numerusform>آراء بلا فئة: %n، ستُكتب بفئة فارغة ترفضها أدوات SemEval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opinion target(s) (with category and polarity) would be lost.</source>
        <translation>
            <numerusform>ستضيع أهداف الآراء (بفئاتها وقطبيتها): %n.</numerusform>
            <numerusform>ستضيع أهداف الآراء (بفئاتها وقطبيتها): %n.</numerusform>
            <numerusform>ستضيع أهداف الآراء (بفئاتها وقطبيتها): %n.</numerusform>
            <numerusform>ستضيع أهداف الآراء (بفئاتها وقطبيتها): %n.</numerusform>
            <numerusform>ستضيع أهداف الآراء (بفئاتها وقطبيتها): %n.</numerusform>
            <numerusform>ستضيع أهداف الآراء (بفئاتها وقطبيتها): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence-level opinion(s) would be lost.</source>
        <translation>
            <numerusform>ستضيع آراء على مستوى الجملة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى الجملة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى الجملة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى الجملة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى الجملة: %n.</numerusform>
            <numerusform>ستضيع آراء على مستوى الجملة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review mark(s) would be lost.</source>
        <translation>
            <numerusform>ستضيع علامات المراجعة: %n.</numerusform>
            <numerusform>ستضيع علامات المراجعة: %n.</numerusform>
            <numerusform>ستضيع علامات المراجعة: %n.</numerusform>
            <numerusform>ستضيع علامات المراجعة: %n.</numerusform>
            <numerusform>ستضيع علامات المراجعة: %n.</numerusform>
            <numerusform>ستضيع علامات المراجعة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-scope mark(s) would be lost.</source>
        <translation>
            <numerusform>ستضيع علامات «خارج النطاق»: %n.</numerusform>
            <numerusform>ستضيع علامات «خارج النطاق»: %n.</numerusform>
            <numerusform>ستضيع علامات «خارج النطاق»: %n.</numerusform>
            <numerusform>ستضيع علامات «خارج النطاق»: %n.</numerusform>
            <numerusform>ستضيع علامات «خارج النطاق»: %n.</numerusform>
            <numerusform>ستضيع علامات «خارج النطاق»: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) or review(s) would lose extra attributes.</source>
        <translation>
            <numerusform>جمل أو مراجعات ستفقد سماتها الإضافية: %n.</numerusform>
            <numerusform>جمل أو مراجعات ستفقد سماتها الإضافية: %n.</numerusform>
            <numerusform>جمل أو مراجعات ستفقد سماتها الإضافية: %n.</numerusform>
            <numerusform>جمل أو مراجعات ستفقد سماتها الإضافية: %n.</numerusform>
            <numerusform>جمل أو مراجعات ستفقد سماتها الإضافية: %n.</numerusform>
            <numerusform>جمل أو مراجعات ستفقد سماتها الإضافية: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) would have their spacing rewritten as single spaces.</source>
        <translation>
            <numerusform>جمل ستُعاد كتابة مسافاتها كمسافات مفردة: %n.</numerusform>
            <numerusform>جمل ستُعاد كتابة مسافاتها كمسافات مفردة: %n.</numerusform>
            <numerusform>جمل ستُعاد كتابة مسافاتها كمسافات مفردة: %n.</numerusform>
            <numerusform>جمل ستُعاد كتابة مسافاتها كمسافات مفردة: %n.</numerusform>
            <numerusform>جمل ستُعاد كتابة مسافاتها كمسافات مفردة: %n.</numerusform>
            <numerusform>جمل ستُعاد كتابة مسافاتها كمسافات مفردة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>category %1 (%2%)</source>
        <translation>الفئة %1 (%2%)</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence-level opinion(s) (%1)</source>
        <translation>
            <numerusform>لا آراء على مستوى الجملة (%1)</numerusform>
            <numerusform>رأي واحد على مستوى الجملة (%1)</numerusform>
            <numerusform>رأيان على مستوى الجملة (%1)</numerusform>
            <numerusform>%n آراء على مستوى الجملة (%1)</numerusform>
            <numerusform>%n رأيًا على مستوى الجملة (%1)</numerusform>
            <numerusform>%n رأي على مستوى الجملة (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::AboutBox</name>
    <message>
        <source>available (%1 device(s))</source>
        <translation>متاح (%1 جهاز)</translation>
    </message>
    <message>
        <source>not available (CPU only)</source>
        <translation>غير متاح (المعالج فقط)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mizan Studio %1&lt;/b&gt;&lt;br&gt;Arabic annotation and training studio.</source>
        <translation>&lt;b&gt;استوديو ميزان %1&lt;/b&gt;&lt;br&gt;استوديو توسيم النصوص العربية والتدريب.</translation>
    </message>
    <message>
        <source>libtorch %1&lt;br&gt;Qt %2&lt;br&gt;BLAS: %3 (%4)&lt;br&gt;CUDA: %5</source>
        <translation>libtorch %1&lt;br&gt;Qt %2&lt;br&gt;BLAS: %3 (%4)&lt;br&gt;CUDA: %5</translation>
    </message>
    <message>
        <source>The default model is trained on the SemEval-2016 Task 5 Arabic hotel reviews (training data, MIT licence): M. Pontiki et al., &quot;SemEval-2016 Task 5: Aspect Based Sentiment Analysis&quot;, Proceedings of SemEval-2016; Arabic data by M. Al-Smadi et al.</source>
        <translation>النموذج الافتراضي مدرَّب على مراجعات الفنادق العربية في SemEval-2016 Task 5 (بيانات التدريب، رخصة MIT): M. Pontiki et al., &quot;SemEval-2016 Task 5: Aspect Based Sentiment Analysis&quot;, Proceedings of SemEval-2016؛ البيانات العربية من M. Al-Smadi et al.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>About Mizan Studio</source>
        <translation>عن استوديو ميزان</translation>
    </message>
</context>
<context>
    <name>mizan::ui::AnnotateNextPanel</name>
    <message>
        <source>Random</source>
        <translation>عشوائي</translation>
    </message>
    <message>
        <source>Least confident polarity</source>
        <translation>القطبية الأقل ثقة</translation>
    </message>
    <message>
        <source>Smallest polarity margin</source>
        <translation>أصغر هامش للقطبية</translation>
    </message>
    <message>
        <source>Polarity entropy</source>
        <translation>إنتروبيا القطبية</translation>
    </message>
    <message>
        <source>Least sure target span</source>
        <translation>الهدف الأقل يقينًا</translation>
    </message>
    <message>
        <source>Tagger token entropy</source>
        <translation>إنتروبيا وحدات الموسِّم</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>الاستراتيجية:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>المرشَّحة:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>Baseline retrained here</source>
        <translation>النموذج الأساسي المدرَّب هنا</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>مجلد نموذج</translation>
    </message>
    <message>
        <source>Unannotated</source>
        <translation>غير موسومة</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>غير مراجَعة</translation>
    </message>
    <message>
        <source>All sentences</source>
        <translation>كل الجمل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Retrain baseline</source>
        <translation>إعادة تدريب النموذج الأساسي</translation>
    </message>
    <message>
        <source>Train the linear baseline on the sentences annotated so far, then rank again</source>
        <translation>درِّب النموذج الخطي الأساسي على الجمل الموسومة حتى الآن ثم رتِّب من جديد</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>لم يُختر مجلد</translation>
    </message>
    <message>
        <source>trained on this corpus</source>
        <translation>مدرَّب على هذه المدوّنة</translation>
    </message>
    <message>
        <source>not trained yet: press Retrain</source>
        <translation>لم يُدرَّب بعد: اضغط إعادة التدريب</translation>
    </message>
    <message>
        <source>Model folder (a training run or a baseline)</source>
        <translation>مجلد النموذج (تشغيل تدريب أو نموذج أساسي)</translation>
    </message>
    <message>
        <source>Choose a model folder first.</source>
        <translation>اختر مجلد نموذج أولًا.</translation>
    </message>
    <message>
        <source>Could not rank: %1</source>
        <translation>تعذّر الترتيب: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) to annotate next, most useful first.</source>
        <translation>
            <numerusform>%n جملة للوسم التالي، الأنفع أولًا.</numerusform>
            <numerusform>%n جملة للوسم التالي، الأنفع أولًا.</numerusform>
            <numerusform>%n جملة للوسم التالي، الأنفع أولًا.</numerusform>
            <numerusform>%n جملة للوسم التالي، الأنفع أولًا.</numerusform>
            <numerusform>%n جملة للوسم التالي، الأنفع أولًا.</numerusform>
            <numerusform>%n جملة للوسم التالي، الأنفع أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Baseline retrained on %n annotated sentence(s).</source>
        <translation>
            <numerusform>أُعيد تدريب النموذج الأساسي على %n جملة موسومة.</numerusform>
            <numerusform>أُعيد تدريب النموذج الأساسي على %n جملة موسومة.</numerusform>
            <numerusform>أُعيد تدريب النموذج الأساسي على %n جملة موسومة.</numerusform>
            <numerusform>أُعيد تدريب النموذج الأساسي على %n جملة موسومة.</numerusform>
            <numerusform>أُعيد تدريب النموذج الأساسي على %n جملة موسومة.</numerusform>
            <numerusform>أُعيد تدريب النموذج الأساسي على %n جملة موسومة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The learning curve could not be saved: %1</source>
        <translation>تعذّر حفظ منحنى التعلّم: %1</translation>
    </message>
    <message>
        <source>Learning curve (held-out annotated reviews)</source>
        <translation>منحنى التعلّم (مراجعات موسومة محجوزة)</translation>
    </message>
    <message>
        <source>Sentences annotated</source>
        <translation>الجمل الموسومة</translation>
    </message>
    <message>
        <source>Sentiment accuracy</source>
        <translation>دقة المشاعر</translation>
    </message>
    <message>
        <source>Sentiment macro-F1</source>
        <translation>F1 الكلي للمشاعر</translation>
    </message>
    <message>
        <source>Target F1</source>
        <translation>F1 للأهداف</translation>
    </message>
    <message>
        <source>Entity F1</source>
        <translation>F1 للكيانات</translation>
    </message>
    <message>
        <source>Each retrain adds a point: a baseline trained on the annotated reviews, scored on a fifth of them held out.</source>
        <translation>كل إعادة تدريب تضيف نقطة: نموذج أساسي مدرَّب على المراجعات الموسومة، يُقيَّم على خُمسها المحجوز.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s). Last: %1 sentences annotated, scored on %2 held out.</source>
        <translation>
            <numerusform>%n جولة. الأخيرة: %1 جملة موسومة، قُيّمت على %2 جملة محجوزة.</numerusform>
            <numerusform>%n جولة. الأخيرة: %1 جملة موسومة، قُيّمت على %2 جملة محجوزة.</numerusform>
            <numerusform>%n جولة. الأخيرة: %1 جملة موسومة، قُيّمت على %2 جملة محجوزة.</numerusform>
            <numerusform>%n جولة. الأخيرة: %1 جملة موسومة، قُيّمت على %2 جملة محجوزة.</numerusform>
            <numerusform>%n جولة. الأخيرة: %1 جملة موسومة، قُيّمت على %2 جملة محجوزة.</numerusform>
            <numerusform>%n جولة. الأخيرة: %1 جملة موسومة، قُيّمت على %2 جملة محجوزة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No learning-curve point this time: %1</source>
        <translation>لا نقطة جديدة في منحنى التعلّم هذه المرة: %1</translation>
    </message>
    <message>
        <source>Also retrain the transformer</source>
        <translation>أعد تدريب المحوِّل أيضًا</translation>
    </message>
    <message>
        <source>After the baseline, train a transformer on the annotated sentences (minutes; Stop keeps the last good model) and rank with it</source>
        <translation>بعد النموذج الأساسي، درّب محوِّلًا على الجمل الموسومة (دقائق؛ الإيقاف يُبقي آخر نموذج جيد) ورتّب به</translation>
    </message>
    <message>
        <source>The transformer is not retrained: %1</source>
        <translation>لم يُعَد تدريب المحوِّل: %1</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ComparePanel</name>
    <message>
        <source>undefined</source>
        <translation>غير معرَّف</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: A %2, B %3 — exact F1 %4, overlap F1 %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: A %2، B %3 — F1 بالتطابق التام %4، F1 بالتداخل %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 items both labelled — agreement %3, Cohen&apos;s κ %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 عنصرًا وسمه الاثنان — الاتفاق %3، كابا كوهين %4</translation>
    </message>
    <message>
        <source>%1 sentences in both (B scored against A).</source>
        <translation>%1 جملة في كليهما (تُقيَّم B مقابل A).</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Target polarity</source>
        <translation>قطبية الأهداف</translation>
    </message>
    <message>
        <source>, Krippendorff&apos;s α %1</source>
        <translation>، ألفا كريبندورف %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Category polarity</source>
        <translation>قطبية الفئات</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s).</source>
        <translation>
            <numerusform>%n اختلاف.</numerusform>
            <numerusform>%n اختلاف.</numerusform>
            <numerusform>%n اختلاف.</numerusform>
            <numerusform>%n اختلاف.</numerusform>
            <numerusform>%n اختلاف.</numerusform>
            <numerusform>%n اختلاف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n تحذير: %1</numerusform>
            <numerusform>%n تحذير: %1</numerusform>
            <numerusform>%n تحذير: %1</numerusform>
            <numerusform>%n تحذير: %1</numerusform>
            <numerusform>%n تحذير: %1</numerusform>
            <numerusform>%n تحذير: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>في A فقط</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>في B فقط</translation>
    </message>
    <message>
        <source>label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>القطبية</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Open second annotation…</source>
        <translation>فتح وسم ثانٍ…</translation>
    </message>
    <message>
        <source>Compare this corpus (A) with another annotation of the same sentences (B).</source>
        <translation>قارن هذه المدوّنة (A) بوسم آخر للجمل نفسها (B).</translation>
    </message>
    <message>
        <source>Hide adjudicated sentences</source>
        <translation>إخفاء الجمل المحكَّمة</translation>
    </message>
    <message>
        <source>Adjudicating marks a sentence reviewed; reviewed sentences leave the list</source>
        <translation>التحكيم يجعل الجملة مراجَعة، والجمل المراجَعة تخرج من القائمة</translation>
    </message>
    <message>
        <source>A: this corpus</source>
        <translation>A: هذه المدوّنة</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>second annotation</source>
        <translation>الوسم الثاني</translation>
    </message>
    <message>
        <source>Take A</source>
        <translation>اعتماد A</translation>
    </message>
    <message>
        <source>Take B</source>
        <translation>اعتماد B</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Each decision edits this corpus (undo with Ctrl+Z); save it as the merged annotation.</source>
        <translation>كل قرار يعدِّل هذه المدوّنة (التراجع بـ Ctrl+Z)؛ احفظها بوصفها الوسم المدمج.</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Second annotation of this corpus</source>
        <translation>وسم ثانٍ لهذه المدوّنة</translation>
    </message>
    <message>
        <source>Corpora (*.xml *.conll *.txt *.jsonl *.json);;All files (*)</source>
        <translation>المدوّنات (*.xml *.conll *.txt *.jsonl *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>قراءة %1…</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>تعذّرت قراءة %1</translation>
    </message>
    <message>
        <source>Could not read the second annotation: %1</source>
        <translation>تعذّرت قراءة الوسم الثاني: %1</translation>
    </message>
    <message>
        <source>The two versions of this sentence have different texts; edit it by hand instead.</source>
        <translation>نصّا نسختَي هذه الجملة مختلفان؛ حرِّرها يدويًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Adjudicate %1: keep A</source>
        <translation>تحكيم %1: إبقاء A</translation>
    </message>
    <message>
        <source>target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Adjudicate %1: take B</source>
        <translation>تحكيم %1: اعتماد B</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ConfusionView</name>
    <message>
        <source>predicted</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>gold \ predicted</source>
        <translation>المرجع \ المتوقع</translation>
    </message>
    <message>
        <source>gold %1, predicted %2: %3 (%4% of the row)</source>
        <translation>المرجع %1، المتوقع %2: %3 (%4% من الصف)</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CorpusBrowser</name>
    <message>
        <source>Search text...</source>
        <translation>ابحث في النص...</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>مُطبَّع</translation>
    </message>
    <message>
        <source>Search the normalised text (letter variants, diacritics and elongation ignored)</source>
        <translation>ابحث في النص المطبَّع (تُتجاهَل صور الحروف والتشكيل والتطويل)</translation>
    </message>
    <message>
        <source>Has conflicts</source>
        <translation>فيها تعارض</translation>
    </message>
    <message>
        <source>Unannotated</source>
        <translation>غير موسومة</translation>
    </message>
    <message>
        <source>Any polarity</source>
        <translation>أي قطبية</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>لا جمل</numerusform>
            <numerusform>جملة واحدة</numerusform>
            <numerusform>جملتان</numerusform>
            <numerusform>%n جمل</numerusform>
            <numerusform>%n جملة</numerusform>
            <numerusform>%n جملة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::CorpusDocument</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CorpusModel</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message numerus="yes">
        <source>Document %1 (%n sentences)</source>
        <translation>
            <numerusform>المستند %1 (لا جمل)</numerusform>
            <numerusform>المستند %1 (جملة واحدة)</numerusform>
            <numerusform>المستند %1 (جملتان)</numerusform>
            <numerusform>المستند %1 (%n جمل)</numerusform>
            <numerusform>المستند %1 (%n جملة)</numerusform>
            <numerusform>المستند %1 (%n جملة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sentence %1, line %2</source>
        <translation>الجملة %1، السطر %2</translation>
    </message>
</context>
<context>
    <name>mizan::ui::DisplayNames</name>
    <message>
        <source>targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>aspect categories</source>
        <translation>فئات الجوانب</translation>
    </message>
    <message>
        <source>target categories</source>
        <translation>فئات الأهداف</translation>
    </message>
    <message>
        <source>masked words</source>
        <translation>الكلمات المحجوبة</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>F1 الكلي</translation>
    </message>
    <message>
        <source>weighted F1</source>
        <translation>F1 الموزون</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>token accuracy</source>
        <translation>صحة الرموز</translation>
    </message>
    <message>
        <source>score</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>أوقفتَه</translation>
    </message>
    <message>
        <source>time budget reached</source>
        <translation>انتهى الوقت المحدد</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>توقف مبكر</translation>
    </message>
    <message>
        <source>too many bad steps</source>
        <translation>خطوات فاشلة كثيرة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>the loss is not a number (NaN)</source>
        <translation>الخسارة ليست عددًا (NaN)</translation>
    </message>
    <message>
        <source>the loss is infinite</source>
        <translation>الخسارة لا نهائية</translation>
    </message>
    <message>
        <source>the loss is not finite</source>
        <translation>الخسارة غير منتهية</translation>
    </message>
    <message>
        <source>the gradient norm is not finite</source>
        <translation>معيار التدرّج غير منتهٍ</translation>
    </message>
    <message>
        <source>slot 1+2 F1</source>
        <translation>F1 للخانتين 1+2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>mizan::ui::IssuesPanel</name>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>mizan::ui::MainWindow</name>
    <message>
        <source>%1 could not be written. The file on disk is unchanged and your edits are still open.</source>
        <translation>تعذّرت كتابة %1. لم يتغيّر الملف على القرص، وما زالت تعديلاتك مفتوحة.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ت&amp;راجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>SemEval XML (*.xml)</source>
        <translation>SemEval XML (*.xml)</translation>
    </message>
    <message>
        <source>CoNLL / BIO (*.conll *.txt *.bio *.tsv)</source>
        <translation>CoNLL / BIO (*.conll *.txt *.bio *.tsv)</translation>
    </message>
    <message>
        <source>Mizan JSONL (*.jsonl)</source>
        <translation>JSONL ميزان (*.jsonl)</translation>
    </message>
    <message>
        <source>doccano JSONL (*.jsonl)</source>
        <translation>JSONL doccano (*.jsonl)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>في %1 تغييرات غير محفوظة. أتحفظها؟</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>جارٍ قراءة %1...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Corpus</source>
        <translation>ال&amp;مدونة</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>ت&amp;دريب</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;فتح...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>ا&amp;ستيراد...</translation>
    </message>
    <message>
        <source>Open the &amp;sample corpus</source>
        <translation>افتح المدونة ال&amp;نموذجية</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>حفظ &amp;باسم...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>ت&amp;صدير...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>التف&amp;ضيلات...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Next sentence</source>
        <translation>الجملة ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Previous sentence</source>
        <translation>الجملة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;About Mizan Studio</source>
        <translation>&amp;عن استوديو ميزان</translation>
    </message>
    <message>
        <source>Training needs the Training panel</source>
        <translation>يحتاج التدريب إلى لوحة التدريب</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source> Cleaning: </source>
        <translation> التنظيف: </translation>
    </message>
    <message>
        <source> Stemmer: </source>
        <translation> المجذِّر: </translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>%1[*] - Mizan Studio</source>
        <translation>%1[*] - استوديو ميزان</translation>
    </message>
    <message>
        <source>The bundled sample corpus was not found.</source>
        <translation>لم يُعثر على المدونة النموذجية المرفقة.</translation>
    </message>
    <message>
        <source>Could not read %1: see the Issues panel.</source>
        <translation>تعذّرت قراءة %1: انظر لوحة المشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s) from %1</source>
        <translation>
            <numerusform>استيراد لا مستندات من %1</numerusform>
            <numerusform>استيراد مستند واحد من %1</numerusform>
            <numerusform>استيراد مستندين من %1</numerusform>
            <numerusform>استيراد %n مستندات من %1</numerusform>
            <numerusform>استيراد %n مستندًا من %1</numerusform>
            <numerusform>استيراد %n مستند من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %n issue(s)</source>
        <translation>
            <numerusform>قُرئ %1: لا مشكلات</numerusform>
            <numerusform>قُرئ %1: مشكلة واحدة</numerusform>
            <numerusform>قُرئ %1: مشكلتان</numerusform>
            <numerusform>قُرئ %1: %n مشكلات</numerusform>
            <numerusform>قُرئ %1: %n مشكلة</numerusform>
            <numerusform>قُرئ %1: %n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>فشل الحفظ</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Open corpus</source>
        <translation>فتح مدونة</translation>
    </message>
    <message>
        <source>Corpora (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;All files (*)</source>
        <translation>المدونات (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import into this corpus</source>
        <translation>استيراد إلى هذه المدونة</translation>
    </message>
    <message>
        <source>Save corpus as</source>
        <translation>حفظ المدونة باسم</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>تصدير نسخة</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>صُدِّر %1</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>أتستعيد العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <source>Mizan Studio did not close normally. An autosave of %1 from %2 was found. Restore it?</source>
        <translation>لم يُغلق استوديو ميزان إغلاقًا طبيعيًا. وُجد حفظ تلقائي لـ %1 من %2. أتستعيده؟</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>المدونة</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Some annotations cannot be saved in this format</source>
        <translation>بعض التعليقات التوضيحية لا يمكن حفظها بهذا التنسيق</translation>
    </message>
    <message>
        <source>The chosen format cannot hold everything in this corpus:</source>
        <translation>لا يستطيع التنسيق المختار حفظ كل ما في هذه المدونة:</translation>
    </message>
    <message>
        <source>Save as Mizan JSONL to keep everything.</source>
        <translation>احفظ بتنسيق Mizan JSONL للاحتفاظ بكل شيء.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>احفظ على أي حال</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Not saved: the format cannot hold all annotations.</source>
        <translation>لم يُحفظ: التنسيق لا يستطيع حفظ كل التعليقات التوضيحية.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعد</translation>
    </message>
    <message>
        <source>Discard the autosave</source>
        <translation>تجاهل الحفظ التلقائي</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>Try the &amp;Playground</source>
        <translation>جرّب لوحة ال&amp;تجربة</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>light</source>
        <translation>خفيف</translation>
    </message>
    <message>
        <source>search</source>
        <translation>للبحث</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>ISRI</source>
        <translation>مجذِّر ISRI</translation>
    </message>
    <message>
        <source>Snowball</source>
        <translation>مجذِّر Snowball</translation>
    </message>
    <message>
        <source>Before any edit</source>
        <translation>قبل أي تعديل</translation>
    </message>
</context>
<context>
    <name>mizan::ui::PlaygroundPanel</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Add to corpus</source>
        <translation>أضف إلى المدونة</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>مجلد النموذج</translation>
    </message>
    <message>
        <source>Type or paste Arabic text; predictions appear when you stop typing.</source>
        <translation>اكتب نصًا عربيًا أو الصقه؛ تظهر التوقعات عندما تتوقف عن الكتابة.</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <source>Load model...</source>
        <translation>حمّل نموذجًا...</translation>
    </message>
    <message>
        <source>Model loaded.</source>
        <translation>حُمّل النموذج.</translation>
    </message>
    <message>
        <source>Code points</source>
        <translation>نقاط الترميز</translation>
    </message>
    <message>
        <source>target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>No model loaded: train one, or load a model folder.</source>
        <translation>لا يوجد نموذج محمّل: درّب نموذجًا أو حمّل مجلد نموذج.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Label / polarity</source>
        <translation>الوسم / القطبية</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>النموذج: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotate %n sentence(s)</source>
        <translation>
            <numerusform>تعليم مسبق بلا جمل</numerusform>
            <numerusform>تعليم مسبق لجملة واحدة</numerusform>
            <numerusform>تعليم مسبق لجملتين</numerusform>
            <numerusform>تعليم مسبق لـ %n جمل</numerusform>
            <numerusform>تعليم مسبق لـ %n جملة</numerusform>
            <numerusform>تعليم مسبق لـ %n جملة</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-annotate</source>
        <translation>تعليم مسبق</translation>
    </message>
    <message>
        <source>%1 suggestion(s), %2 accepted.</source>
        <translation>الاقتراحات: %1، المقبول منها: %2.</translation>
    </message>
    <message>
        <source>Select sentences or documents in the Corpus panel; only unannotated sentences are pre-annotated.</source>
        <translation>حدّد جملًا أو مستندات في لوحة المدونة؛ لا يُعلَّم مسبقًا إلا الجمل غير المعلّمة.</translation>
    </message>
    <message>
        <source>Add this text with the predicted annotations to the open corpus, to correct them</source>
        <translation>أضف هذا النص مع الوسوم المتوقعة إلى المدونة المفتوحة لتصحيحها</translation>
    </message>
    <message>
        <source>Suggest annotations for the unannotated sentences selected in the Corpus panel</source>
        <translation>اقترح وسومًا للجمل غير المعلّمة المحددة في لوحة المدونة</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>جارٍ تحميل %1...</translation>
    </message>
    <message>
        <source>(no sentiment head)</source>
        <translation>(لا رأس للمشاعر)</translation>
    </message>
    <message>
        <source>Add playground text</source>
        <translation>إضافة نص التجربة</translation>
    </message>
    <message>
        <source>Added as %1 for correction.</source>
        <translation>أُضيف بالمعرّف %1 لتصحيحه.</translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotating %n sentence(s)...</source>
        <translation>
            <numerusform>جارٍ التعليم المسبق (لا جمل)...</numerusform>
            <numerusform>جارٍ التعليم المسبق لجملة واحدة...</numerusform>
            <numerusform>جارٍ التعليم المسبق لجملتين...</numerusform>
            <numerusform>جارٍ التعليم المسبق لـ %n جمل...</numerusform>
            <numerusform>جارٍ التعليم المسبق لـ %n جملة...</numerusform>
            <numerusform>جارٍ التعليم المسبق لـ %n جملة...</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sentence is annotated already.</source>
        <translation>كل الجمل موسومة بالفعل.</translation>
    </message>
    <message>
        <source>Pre-annotate selected</source>
        <translation>اقترح تعليقات للمحدد</translation>
    </message>
    <message>
        <source>Pre-annotate all unannotated</source>
        <translation>اقترح تعليقات لكل غير الموسوم</translation>
    </message>
    <message>
        <source>Suggest annotations for every unannotated sentence of the corpus</source>
        <translation>اقترح تعليقات لكل جملة غير موسومة في المدونة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Stopping pre-annotation...</source>
        <translation>يجري إيقاف اقتراح التعليقات...</translation>
    </message>
    <message>
        <source>Default model: %1 (%2). Train on your data or load a model to use your own.</source>
        <translation>النموذج الافتراضي: %1 (%2). درّب على بياناتك أو حمّل نموذجًا لتستخدم نموذجك.</translation>
    </message>
    <message>
        <source>hotel reviews, trained on SemEval-2016</source>
        <translation>مراجعات الفنادق، مدرَّب على SemEval-2016</translation>
    </message>
    <message>
        <source>This model finds no entities: entities need a model trained on an entity corpus (for example ANERcorp in CoNLL format). See &lt;a href=&quot;%1&quot;&gt;Train on your data&lt;/a&gt; in the user guide.</source>
        <translation>لا يجد هذا النموذج كيانات: الكيانات تحتاج نموذجًا مدرَّبًا على مدونة كيانات (مثل ANERcorp بصيغة CoNLL). انظر &lt;a href=&quot;%1&quot;&gt;التدريب على بياناتك&lt;/a&gt; في دليل المستخدم.</translation>
    </message>
    <message>
        <source>Use the newest model (%1)</source>
        <translation>استخدم أحدث نموذج (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(بلا هدف)</translation>
    </message>
    <message>
        <source>Pre-annotation failed.</source>
        <translation>فشل الوسم المسبق.</translation>
    </message>
    <message>
        <source>Cannot load the model.</source>
        <translation>تعذّر تحميل النموذج.</translation>
    </message>
    <message>
        <source>Prediction failed.</source>
        <translation>فشل التنبؤ.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
</context>
<context>
    <name>mizan::ui::Recovery</name>
    <message>
        <source>unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>recovery file %1: %2</source>
        <translation>ملف الاستعادة %1: %2</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ResultsPanel</name>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>B - A</source>
        <translation>ب - أ</translation>
    </message>
    <message>
        <source>Gold:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>التشغيل أ</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>التشغيل ب</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>مجلد النموذج</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>Row-normalised</source>
        <translation>مطبّع حسب الصف</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>استعراض...</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>F1 الكلي</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>الأخطاء (%1)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Predicted:</source>
        <translation>المتوقع:</translation>
    </message>
    <message>
        <source>entity F1</source>
        <translation>F1 الكيانات</translation>
    </message>
    <message>
        <source>entity precision</source>
        <translation>دقة الكيانات</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>entity recall</source>
        <translation>استدعاء الكيانات</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>قيّم</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>قارن التشغيلات</translation>
    </message>
    <message>
        <source>Dev split only</source>
        <translation>قسم التطوير فقط</translation>
    </message>
    <message>
        <source>token accuracy</source>
        <translation>صحة الرموز</translation>
    </message>
    <message>
        <source>spans voted with the linear baseline (weight %1); the transformer alone: F1 %2</source>
        <translation>المقاطع مقررة بالتصويت مع النموذج الخطي الأساسي (الوزن %1)؛ المحوّل وحده: F1 %2</translation>
    </message>
    <message>
        <source>polarity blended with the linear baseline (weight %1); the transformer alone: accuracy %2 · macro-F1 %3</source>
        <translation>القطبية ممزوجة بالنموذج الخطي الأساسي (الوزن %1)؛ المحوّل وحده: الدقة %2 · ماكرو-F1 %3</translation>
    </message>
    <message>
        <source>weighted F1</source>
        <translation>F1 الموزون</translation>
    </message>
    <message>
        <source>Model folder (a run&apos;s best model)</source>
        <translation>مجلد النموذج (أفضل نموذج لأحد التشغيلات)</translation>
    </message>
    <message>
        <source>Score only the documents the training run held out (same seed and share)</source>
        <translation>احسب النتيجة على المستندات التي حجبها تشغيل التدريب فقط (بالبذرة والحصة نفسيهما)</translation>
    </message>
    <message>
        <source>Choose a model and evaluate it on the open corpus.</source>
        <translation>اختر نموذجًا وقيّمه على المدونة المفتوحة.</translation>
    </message>
    <message>
        <source>Open a corpus to evaluate on.</source>
        <translation>افتح مدونة للتقييم عليها.</translation>
    </message>
    <message>
        <source>Cannot write a snapshot of the open corpus: %1</source>
        <translation>تعذّرت كتابة لقطة من المدونة المفتوحة: %1</translation>
    </message>
    <message>
        <source>Evaluating %1 on %2...</source>
        <translation>جارٍ تقييم %1 على %2...</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1 على %2%3</translation>
    </message>
    <message>
        <source> (dev split)</source>
        <translation> (قسم التطوير)</translation>
    </message>
    <message>
        <source>Sentence %1 is not in the open corpus.</source>
        <translation>الجملة %1 ليست في المدونة المفتوحة.</translation>
    </message>
    <message>
        <source>gold: %1 / predicted: %2 (%3-%4)</source>
        <translation>المرجع: %1 / المتوقع: %2 (%3-%4)</translation>
    </message>
    <message>
        <source>%1: gold %2, predicted %3</source>
        <translation>%1: المرجع %2، المتوقع %3</translation>
    </message>
    <message>
        <source>Double-click an error to open its sentence; the Text view then marks every error of that sentence:</source>
        <translation>انقر نقرًا مزدوجًا على خطأ لفتح جملته؛ فيُعلِّم عرض النص كل أخطاء تلك الجملة:</translation>
    </message>
    <message>
        <source>predicted by the model, not in gold</source>
        <translation>توقّعه النموذج وليس في المرجع</translation>
    </message>
    <message>
        <source>gold, missed by the model</source>
        <translation>في المرجع وفات النموذج</translation>
    </message>
    <message>
        <source>same span, wrong label</source>
        <translation>المقطع نفسه بوسم خاطئ</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>منحنى التعلّم</translation>
    </message>
    <message>
        <source>Evaluation failed.</source>
        <translation>فشل التقييم.</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>slot 1 (sentence, category)</source>
        <translation>الخانة 1 (الجملة، الفئة)</translation>
    </message>
    <message>
        <source>slot 1+2 (with the target)</source>
        <translation>الخانتان 1+2 (مع الهدف)</translation>
    </message>
</context>
<context>
    <name>mizan::ui::RunHistory</name>
    <message>
        <source>%1 is not a run list; starting a new one.</source>
        <translation>%1 ليس قائمة تشغيلات؛ تُنشأ قائمة جديدة.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ShortcutsDialog</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>mizan::ui::StatisticsPanel</name>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>القطبية</translation>
    </message>
    <message>
        <source>Sentence length (words)</source>
        <translation>طول الجملة (بالكلمات)</translation>
    </message>
    <message>
        <source>%1 sentences: %2 annotated, %3 reviewed</source>
        <translation>%1 جملة: %2 موسومة، %3 مُراجَعة</translation>
    </message>
    <message>
        <source>annotated %p%</source>
        <translation>موسومة %p%</translation>
    </message>
    <message>
        <source>reviewed %p%</source>
        <translation>مُراجَعة %p%</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionsDialog</name>
    <message>
        <source>Accept ticked</source>
        <translation>اقبل المحدد</translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Pre-annotation suggestions</source>
        <translation>اقتراحات التعليم المسبق</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>ارفض الكل</translation>
    </message>
    <message>
        <source>The model suggests these annotations. Untick the ones to reject; the rest are added (one undo step) for you to review.</source>
        <translation>يقترح النموذج هذه الوسوم. ألغِ تحديد ما تريد رفضه؛ وتُضاف البقية لمراجعتها (ويمكن التراجع عنها بخطوة واحدة).</translation>
    </message>
</context>
<context>
    <name>mizan::ui::TextPanel</name>
    <message>
        <source>Raw</source>
        <translation>الخام</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>المنظَّف</translation>
    </message>
    <message>
        <source>Stemmed</source>
        <translation>المجذَّر</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Label / category</source>
        <translation>الوسم / الفئة</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>القطبية</translation>
    </message>
    <message>
        <source>From-to</source>
        <translation>من-إلى</translation>
    </message>
    <message>
        <source>Set polarity: positive</source>
        <translation>القطبية: إيجابية</translation>
    </message>
    <message>
        <source>Set polarity: negative</source>
        <translation>القطبية: سلبية</translation>
    </message>
    <message>
        <source>Set polarity: neutral</source>
        <translation>القطبية: محايدة</translation>
    </message>
    <message>
        <source>Set category...</source>
        <translation>تعيين الفئة...</translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation>حذف المقطع</translation>
    </message>
    <message>
        <source>Toggle reviewed</source>
        <translation>تبديل حالة المراجعة</translation>
    </message>
    <message>
        <source>Pick a category...</source>
        <translation>اختر فئة...</translation>
    </message>
    <message>
        <source>Pick a label...</source>
        <translation>اختر وسمًا...</translation>
    </message>
    <message>
        <source>No sentence</source>
        <translation>لا جملة</translation>
    </message>
    <message>
        <source>Sentence %1</source>
        <translation>الجملة %1</translation>
    </message>
    <message>
        <source>An empty span cannot be annotated.</source>
        <translation>لا يمكن وسم مقطع فارغ.</translation>
    </message>
    <message>
        <source>The selection is outside the sentence.</source>
        <translation>التحديد خارج الجملة.</translation>
    </message>
    <message>
        <source>Refused: the selection overlaps an existing span. Edit or delete that span first.</source>
        <translation>مرفوض: التحديد يتداخل مع مقطع موجود. عدّل ذلك المقطع أو احذفه أولًا.</translation>
    </message>
    <message>
        <source>Add span &quot;%1&quot;</source>
        <translation>إضافة مقطع «%1»</translation>
    </message>
    <message>
        <source>Select some text (or click a span) first.</source>
        <translation>حدّد نصًا (أو انقر مقطعًا) أولًا.</translation>
    </message>
    <message>
        <source>Set label &quot;%1&quot;</source>
        <translation>تعيين الوسم «%1»</translation>
    </message>
    <message>
        <source>No label number %1 in the palette.</source>
        <translation>لا وسم برقم %1 في اللوحة.</translation>
    </message>
    <message>
        <source>Click a span first to set its polarity.</source>
        <translation>انقر مقطعًا أولًا لتعيين قطبيته.</translation>
    </message>
    <message>
        <source>Entity spans have no polarity.</source>
        <translation>مقاطع الكيانات لا قطبية لها.</translation>
    </message>
    <message>
        <source>Set polarity %1</source>
        <translation>تعيين القطبية %1</translation>
    </message>
    <message>
        <source>Click an opinion target first to set its category.</source>
        <translation>انقر هدف رأي أولًا لتعيين فئته.</translation>
    </message>
    <message>
        <source>Set category %1</source>
        <translation>تعيين الفئة %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Category of the selected target:</source>
        <translation>فئة الهدف المحدد:</translation>
    </message>
    <message>
        <source>Click a span first to delete it.</source>
        <translation>انقر مقطعًا أولًا لحذفه.</translation>
    </message>
    <message>
        <source>Delete span &quot;%1&quot;</source>
        <translation>حذف المقطع «%1»</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>تعليم كمُراجَعة</translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation>تعليم كغير مُراجَعة</translation>
    </message>
    <message>
        <source>Label the selection, or relabel the current span, from the palette</source>
        <translation>وسم التحديد، أو إعادة وسم المقطع الحالي، من لوحة التسميات</translation>
    </message>
    <message>
        <source>Delete the current span</source>
        <translation>احذف المقطع الحالي</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>وسّع التحديد بحرف</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>وسّع التحديد بكلمة</translation>
    </message>
    <message>
        <source>Select exact characters instead of words</source>
        <translation>حدّد الحروف بدقة بدل الكلمات</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>ألغِ التحديد</translation>
    </message>
    <message>
        <source>+ Sentence opinion</source>
        <translation>+ رأي في الجملة</translation>
    </message>
    <message>
        <source>Exact characters</source>
        <translation>حروف بدقة</translation>
    </message>
    <message>
        <source>Mouse selections keep exactly the characters dragged over instead of whole words (the same as holding Alt while dragging)</source>
        <translation>يحتفظ التحديد بالفأرة بالحروف المسحوب عليها بالضبط بدل الكلمات الكاملة (مثل الضغط على Alt أثناء السحب)</translation>
    </message>
    <message>
        <source>Add an opinion about the whole sentence (target NULL) (S)</source>
        <translation>أضف رأيًا في الجملة كلها (هدف NULL) (S)</translation>
    </message>
    <message>
        <source>Add sentence-level opinion...</source>
        <translation>أضف رأيًا على مستوى الجملة...</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>المفاتيح:</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>بلا فئة</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence-level opinion(s)</source>
        <translation>
            <numerusform>آراء على مستوى الجملة: %n</numerusform>
            <numerusform>آراء على مستوى الجملة: %n</numerusform>
            <numerusform>آراء على مستوى الجملة: %n</numerusform>
            <numerusform>آراء على مستوى الجملة: %n</numerusform>
            <numerusform>آراء على مستوى الجملة: %n</numerusform>
            <numerusform>آراء على مستوى الجملة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole sentence)</source>
        <translation>(الجملة كلها)</translation>
    </message>
    <message>
        <source>%1 (model suggestion)</source>
        <translation>%1 (اقتراح النموذج)</translation>
    </message>
    <message>
        <source>A sentence-level opinion needs a category.</source>
        <translation>يحتاج الرأي على مستوى الجملة إلى فئة.</translation>
    </message>
    <message>
        <source>Add sentence-level opinion &quot;%1&quot;</source>
        <translation>إضافة رأي على مستوى الجملة «%1»</translation>
    </message>
    <message>
        <source>Sentence-level opinion</source>
        <translation>رأي على مستوى الجملة</translation>
    </message>
    <message>
        <source>Category of the opinion about the whole sentence:</source>
        <translation>فئة الرأي في الجملة كلها:</translation>
    </message>
</context>
<context>
    <name>mizan::ui::TrainingForm</name>
    <message>
        <source>CPU</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>Corpora and tasks</source>
        <translation>المدونات والمهام</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Hugging Face BERT folder</source>
        <translation>مجلد BERT من Hugging Face</translation>
    </message>
    <message>
        <source>Max minutes</source>
        <translation>أقصى دقائق</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>الحقب</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>الإعداد المسبق</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Stop after steps</source>
        <translation>توقف بعد خطوات</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>بالتناوب</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>استعراض...</translation>
    </message>
    <message>
        <source>From file...</source>
        <translation>من ملف...</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>أخذ العينات</translation>
    </message>
    <message>
        <source>Target sentiment</source>
        <translation>مشاعر الهدف</translation>
    </message>
    <message>
        <source>Dev share</source>
        <translation>حصة التطوير</translation>
    </message>
    <message>
        <source>Tick at least one task.</source>
        <translation>اختر مهمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>الخيوط</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>المرمّز</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>حرارة</translation>
    </message>
    <message>
        <source>Opinion targets (tagging)</source>
        <translation>أهداف الرأي (وسم)</translation>
    </message>
    <message>
        <source>Choose an output folder for the model.</source>
        <translation>اختر مجلد إخراج للنموذج.</translation>
    </message>
    <message>
        <source>Named entities</source>
        <translation>الكيانات المسماة</translation>
    </message>
    <message>
        <source>Add corpus file...</source>
        <translation>أضف ملف مدونة...</translation>
    </message>
    <message>
        <source>Proportional to size</source>
        <translation>بنسبة الحجم</translation>
    </message>
    <message>
        <source>Built-in small model (trained from scratch)</source>
        <translation>نموذج صغير مدمج (يُدرَّب من الصفر)</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>Preset file</source>
        <translation>ملف الإعداد المسبق</translation>
    </message>
    <message>
        <source>Presets (*.json)</source>
        <translation>الإعدادات المسبقة (*.json)</translation>
    </message>
    <message>
        <source>Folder for checkpoints and the best model</source>
        <translation>مجلد نقاط الحفظ وأفضل نموذج</translation>
    </message>
    <message>
        <source>A small BERT with a vocabulary learned from your corpora; no download needed.</source>
        <translation>نموذج BERT صغير بمفردات مُتعلَّمة من مدوناتك؛ لا حاجة إلى أي تنزيل.</translation>
    </message>
    <message>
        <source>Add a training corpus</source>
        <translation>أضف مدونة تدريب</translation>
    </message>
    <message>
        <source>Corpora (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;All files (*)</source>
        <translation>المدونات (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing to train on</source>
        <translation>لا شيء للتدريب عليه</translation>
    </message>
    <message>
        <source>%1 (open corpus) - %2</source>
        <translation>%1 (المدونة المفتوحة) - %2</translation>
    </message>
    <message>
        <source>%1 - reading...</source>
        <translation>%1 - جارٍ القراءة...</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (من %2)</translation>
    </message>
    <message>
        <source>%1 (no corpus has it)</source>
        <translation>%1 (لا تتضمنها أي مدونة)</translation>
    </message>
    <message>
        <source>Open or add a corpus with opinion targets (SemEval XML) or entities (CoNLL) to train.</source>
        <translation>للتدريب، افتح أو أضف مدونة فيها أهداف رأي (SemEval XML) أو كيانات (CoNLL).</translation>
    </message>
    <message>
        <source>The encoder folder is not usable: %1</source>
        <translation>لا يمكن استخدام مجلد المرمّز: %1</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>تعذّر إنشاء مجلد الإخراج %1.</translation>
    </message>
    <message>
        <source>Cannot write a snapshot of the open corpus: %1</source>
        <translation>تعذّرت كتابة لقطة من المدونة المفتوحة: %1</translation>
    </message>
    <message>
        <source>There is no corpus to train on.</source>
        <translation>لا توجد مدونة للتدريب عليها.</translation>
    </message>
    <message>
        <source>Aspect categories of each sentence</source>
        <translation>فئات الجوانب في كل جملة</translation>
    </message>
    <message>
        <source>Category of each target</source>
        <translation>فئة كل هدف</translation>
    </message>
</context>
<context>
    <name>mizan::ui::TrainingPanel</name>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>التشغيلات</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>أوقف</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Training on %1</source>
        <translation>التدريب على %1</translation>
    </message>
    <message>
        <source>Training on %1 over %2 ranks</source>
        <translation>التدريب على %1 عبر %2 عمليات</translation>
    </message>
    <message>
        <source>%1 over %2 ranks</source>
        <translation>%1 عبر %2 عمليات</translation>
    </message>
    <message>
        <source>Dev metrics</source>
        <translation>مقاييس التطوير</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>مجلد النموذج</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>طُلب الإيقاف</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>أفضل نتيجة</translation>
    </message>
    <message>
        <source>step %1/%2  epoch %3  %4 tok/s  ETA %5</source>
        <translation>الخطوة %1/%2  الحقبة %3  %4 رمز/ث  المتبقي %5</translation>
    </message>
    <message>
        <source>Training loss per task (raw points, smoothed line)</source>
        <translation>خسارة التدريب لكل مهمة (نقاط خام وخط ممهّد)</translation>
    </message>
    <message>
        <source>Dev metrics per task</source>
        <translation>مقاييس التطوير لكل مهمة</translation>
    </message>
    <message>
        <source>Learning rate (encoder)</source>
        <translation>معدل التعلم (المرمّز)</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>يتوقف بعد الخطوة الحالية...</translation>
    </message>
    <message>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Export log as CSV...</source>
        <translation>تصدير السجل CSV...</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>التدريب جارٍ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>التوقف</translation>
    </message>
    <message>
        <source>Resume...</source>
        <translation>استئناف...</translation>
    </message>
    <message>
        <source>Export chart as PNG...</source>
        <translation>تصدير الرسم PNG...</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>لم يبدأ: %1</translation>
    </message>
    <message>
        <source>Forget run</source>
        <translation>انسَ التشغيل</translation>
    </message>
    <message>
        <source>Evaluate in Results</source>
        <translation>قيّم في النتائج</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <source>Load best model into Playground</source>
        <translation>حمّل أفضل نموذج في التجربة</translation>
    </message>
    <message>
        <source>This build of libtorch has no CUDA support (CPU only).</source>
        <translation>نسخة libtorch هذه مبنية دون دعم CUDA (المعالج فقط).</translation>
    </message>
    <message>
        <source>No NVIDIA GPU driver or GPU was found.</source>
        <translation>لم يُعثر على برنامج تشغيل معالج رسوميات NVIDIA أو على معالج الرسوميات نفسه.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stops after the current step and keeps the last good checkpoint</source>
        <translation>يتوقف بعد الخطوة الحالية ويحتفظ بآخر نقطة حفظ سليمة</translation>
    </message>
    <message>
        <source>Continue a previous run from its last checkpoint</source>
        <translation>تابع تشغيلًا سابقًا من آخر نقطة حفظ له</translation>
    </message>
    <message>
        <source>Starting: %1 on %2 corpus file(s) into %3</source>
        <translation>البدء: %1 على %2 من ملفات المدونات، والإخراج في %3</translation>
    </message>
    <message>
        <source>Preparing (reading corpora, building the vocabulary and the model)...</source>
        <translation>جارٍ التحضير (قراءة المدونات وبناء المفردات والنموذج)...</translation>
    </message>
    <message>
        <source>Resume: the output folder of a previous run</source>
        <translation>استئناف: مجلد الإخراج لتشغيل سابق</translation>
    </message>
    <message>
        <source>Started on %1: %2 steps from step %3; examples: %4</source>
        <translation>بدأ على %1: عدد الخطوات %2 بدءًا من الخطوة %3؛ الأمثلة: %4</translation>
    </message>
    <message>
        <source>Warning: step %1 (%2) skipped: %3 (%4 in a row)</source>
        <translation>تحذير: تُخطّيت الخطوة %1 (%2): %3 (%4 على التوالي)</translation>
    </message>
    <message>
        <source>Dev at step %1: score %2%3; %4</source>
        <translation>تقييم التطوير عند الخطوة %1: النتيجة %2%3؛ %4</translation>
    </message>
    <message>
        <source> (best so far)</source>
        <translation> (الأفضل حتى الآن)</translation>
    </message>
    <message>
        <source>Checkpoint at step %1: %2%3</source>
        <translation>نقطة حفظ عند الخطوة %1: %2%3</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation> (الأفضل)</translation>
    </message>
    <message>
        <source>Finished (%1) at step %2 after %3; best score %4 at step %5; model: %6</source>
        <translation>انتهى (%1) عند الخطوة %2 بعد %3؛ أفضل نتيجة %4 عند الخطوة %5؛ النموذج: %6</translation>
    </message>
    <message>
        <source>A model is being trained. Stop it (the last good checkpoint is kept) and close?</source>
        <translation>يجري تدريب نموذج. أتوقفه (مع الاحتفاظ بآخر نقطة حفظ سليمة) وتغلق؟</translation>
    </message>
    <message>
        <source>%1, %2; %3; %4 epochs, batch %5, learning rate %6</source>
        <translation>%1، %2؛ %3؛ الحقب %4، الدفعة %5، معدل التعلم %6</translation>
    </message>
    <message>
        <source>Finished (%1) at step %2/%3</source>
        <translation>انتهى (%1) عند الخطوة %2/%3</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>فشل التدريب.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::TransformerRetrain</name>
    <message>
        <source>Training the transformer: step %1 of %2</source>
        <translation>تدريب المحوِّل: الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>the training failed</source>
        <translation>فشل التدريب</translation>
    </message>
    <message>
        <source>A transformer retrain is running.</source>
        <translation>إعادة تدريب محوِّل جارية.</translation>
    </message>
    <message>
        <source>Nothing is annotated yet.</source>
        <translation>لا شيء موسوم بعد.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message numerus="yes">
        <source>Training the transformer on %n annotated sentence(s)</source>
        <translation>
            <numerusform>تدريب المحوِّل على لا جمل موسومة</numerusform>
            <numerusform>تدريب المحوِّل على جملة موسومة واحدة</numerusform>
            <numerusform>تدريب المحوِّل على جملتين موسومتين</numerusform>
            <numerusform>تدريب المحوِّل على %n جمل موسومة</numerusform>
            <numerusform>تدريب المحوِّل على %n جملة موسومة</numerusform>
            <numerusform>تدريب المحوِّل على %n جملة موسومة</numerusform>
        </translation>
    </message>
    <message>
        <source>the training was stopped</source>
        <translation>أُوقف التدريب</translation>
    </message>
    <message>
        <source>No transformer: %1.</source>
        <translation>لا محوِّل: %1.</translation>
    </message>
    <message>
        <source>The transformer was not replaced (%1); the last good model is kept.</source>
        <translation>لم يُستبدل المحوِّل (%1)؛ أُبقي آخر نموذج جيد.</translation>
    </message>
    <message>
        <source>Transformer retrained (best score %1).</source>
        <translation>أُعيد تدريب المحوِّل (أفضل نتيجة %1).</translation>
    </message>
</context>
<context>
    <name>mizan::ui::WelcomePanel</name>
    <message>
        <source>Recent files:</source>
        <translation>الملفات الأخيرة:</translation>
    </message>
    <message>
        <source>Open a corpus (or the sample corpus from the File menu), then</source>
        <translation>افتح مدونة (أو المدونة النموذجية من قائمة ملف)، ثم</translation>
    </message>
    <message>
        <source>The bundled sample corpus is open:</source>
        <translation>المدونة النموذجية المرفقة مفتوحة:</translation>
    </message>
    <message>
        <source>%1 is open:</source>
        <translation>%1 مفتوح:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Mizan Studio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;مرحبًا بك في استوديو ميزان.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pick a sentence, select a target and press a number key to label it.</source>
        <translation>اختر جملة، وحدّد هدفًا، واضغط مفتاح رقم لوسمه.</translation>
    </message>
    <message>
        <source>The Playground already works with the default model (hotel reviews, trained on SemEval-2016); train on your data to get your own.</source>
        <translation>لوحة التجربة تعمل منذ الآن بالنموذج الافتراضي (مراجعات الفنادق، مدرَّب على SemEval-2016)؛ درّب على بياناتك لتحصل على نموذجك.</translation>
    </message>
</context>
</TS>
