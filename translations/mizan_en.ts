<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IssueText</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, over the import limit of %2; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted from %1 to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; it looks like %1, which it does not declare; convert it to UTF-8 (e.g. iconv -f windows-1256 -t utf-8) or declare the encoding in the XML declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (the file must be UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8: %1 byte sequence(s) replaced by U+FFFD, the first here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown corpus format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty word before the tag column; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected `word TAG` or `word&lt;TAB&gt;TAG`, found one column; tagged O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns; only the first tag column (column 2) is used, the rest are ignored (reported once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed tag &quot;%1&quot; for word &quot;%2&quot; (label &quot;%3&quot; looks like a misspelling of &quot;%4&quot;); read as %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspicious tag &quot;%1&quot; for word &quot;%2&quot;: label &quot;%3&quot; looks like a misspelling of one of %4; kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed tag &quot;%1&quot; for word &quot;%2&quot;; read as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOB1 tagging (entities start with I-, B- only separates adjacent entities); read as IOB2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I- tag without a preceding B- or I- of the same type; read as B-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte (XML allows none); replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character reference %1 is not a character XML allows (NUL, a surrogate, past U+10FFFF or a control character); replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &quot;%1&quot; outside any &lt;text&gt;; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markup &lt;%1&gt; inside &lt;text&gt; removed; its text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt;, expected %2; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &apos;%2&apos; attribute; using &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;sentence&gt; has no &apos;id&apos; attribute; sentence skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;sentence id=&quot;%1&quot;&gt; has no &lt;text&gt;; sentence skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Entity&gt; needs a label and offsets 0 &lt;= from &lt; to &lt;= %1; entity skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &apos;%2&apos; attribute; opinion skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown polarity &quot;%1&quot; (expected positive, negative, neutral or conflict); opinion skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL target with offsets other than 0; offsets set to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty target; opinion skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &apos;%2&apos; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &quot;%2&quot;, expected a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets %1-%2 are outside the sentence text (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;%1&quot; does not match the text at %2-%3 (&quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;%1&quot; placed at its occurrence %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;%1&quot; does not occur in the sentence; opinion skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCTYPE ignored: entities it declares are never expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root element is &lt;%1&gt;, expected &lt;Reviews&gt; (SemEval 2015/2016) or &lt;sentences&gt; (SemEval 2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the root element; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt; after &lt;%2&gt;; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt; (two files joined into one?); read as part of the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1); line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected value (%1); line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a JSON array (a doccano JSON export), not JSON Lines; reading its %1 element(s) as documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1 is not [start, end, &quot;LABEL&quot;] with non-negative offsets; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1-%2 is outside the text (%3 characters); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document-level labels (text classification) are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more warnings like &quot;%2&quot; from here on (only the first %3 of a kind are listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare annotators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has no vocab.txt; a WordPiece vocabulary is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %2 of %1 has a value this version does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the tensor %2: these weights do not belong to this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the tensor %2 has the shape %3 where the model expects %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the tensor %2, which the model does not have (labels.json and the weights disagree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary of %1 has %2 entries but its config.json allows %3: the vocabulary does not belong to this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training corpora have no labels for the task %1 (SemEval files give targets, sentiment and categories; CoNLL files give named entities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training corpora have nothing to learn: no opinion targets and no entity spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 has no training examples in the corpora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline has nothing to learn: it needs sentences with explicit opinion targets, or with entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory at step %1 on a batch of %2 sequences of %3 pieces: lower the batch size (now %4) or the maximum length (now %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mizan model: neither it nor %2 holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory on the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankJob</name>
    <message>
        <source>Scoring sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring this round on held-out reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui</name>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets: %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; - confidence %3% - code points %4-%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;%1&quot; - %2 (%3%) - code points %4-%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sentiment head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 layers, hidden size %4, %5 heads, vocabulary of %6, %7 M parameters, %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-cased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-training heads (cls.*) are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokenizer_config.json: Hugging Face&apos;s defaults apply (lower-casing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this vocabulary is Farasa-segmented (AraBERT v2); text that is not segmented by Farasa first will be tokenized poorly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the whole sentence (no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target category(ies): the SemEval 2014 layout has no category on aspect terms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review-level opinion(s) would be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opinion(s) without a category would be written with category=&quot;&quot;, which SemEval tools reject.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opinion target(s) (with category and polarity) would be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence-level opinion(s) would be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review mark(s) would be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-scope mark(s) would be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) or review(s) would lose extra attributes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) would have their spacing rewritten as single spaces.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>category %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sentence-level opinion(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::AboutBox</name>
    <message>
        <source>available (%1 device(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (CPU only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mizan Studio %1&lt;/b&gt;&lt;br&gt;Arabic annotation and training studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libtorch %1&lt;br&gt;Qt %2&lt;br&gt;BLAS: %3 (%4)&lt;br&gt;CUDA: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default model is trained on the SemEval-2016 Task 5 Arabic hotel reviews (training data, MIT licence): M. Pontiki et al., &quot;SemEval-2016 Task 5: Aspect Based Sentiment Analysis&quot;, Proceedings of SemEval-2016; Arabic data by M. Al-Smadi et al.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mizan Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::AnnotateNextPanel</name>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least confident polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest polarity margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least sure target span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagger token entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline retrained here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the linear baseline on the sentences annotated so far, then rank again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on this corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trained yet: press Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder (a training run or a baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) to annotate next, most useful first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Baseline retrained on %n annotated sentence(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The learning curve could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning curve (held-out annotated reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each retrain adds a point: a baseline trained on the annotated reviews, scored on a fifth of them held out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s). Last: %1 sentences annotated, scored on %2 held out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No learning-curve point this time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also retrain the transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the baseline, train a transformer on the annotated sentences (minutes; Stop keeps the last good model) and rank with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transformer is not retrained: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::ComparePanel</name>
    <message>
        <source>Open second annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this corpus (A) with another annotation of the same sentences (B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide adjudicated sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicating marks a sentence reviewed; reviewed sentences leave the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: this corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each decision edits this corpus (undo with Ctrl+Z); save it as the merged annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second annotation of this corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpora (*.xml *.conll *.txt *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the second annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicate %1: keep A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions of this sentence have different texts; edit it by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicate %1: take B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: A %2, B %3 — exact F1 %4, overlap F1 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 items both labelled — agreement %3, Cohen&apos;s κ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentences in both (B scored against A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Krippendorff&apos;s α %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::ConfusionView</name>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold \ predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold %1, predicted %2: %3 (%4% of the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::CorpusBrowser</name>
    <message>
        <source>Search text...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the normalised text (letter variants, diacritics and elongation ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::CorpusDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::CorpusModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Document %1 (%n sentences)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sentence %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::DisplayNames</name>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aspect categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time budget reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many bad steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss is not a number (NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss is infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gradient norm is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot 1+2 F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::IssuesPanel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::MainWindow</name>
    <message>
        <source>%1 could not be written. The file on disk is unchanged and your edits are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SemEval XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL / BIO (*.conll *.txt *.bio *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan JSONL (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccano JSONL (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mizan Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs the Training panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Cleaning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Stemmer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - Mizan Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample corpus was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: see the Issues panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpora (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into this corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save corpus as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan Studio did not close normally. An autosave of %1 from %2 was found. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some annotations cannot be saved in this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen format cannot hold everything in this corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Mizan JSONL to keep everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the format cannot hold all annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before any edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::PlaygroundPanel</name>
    <message>
        <source>Model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotate %n sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestion(s), %2 accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select sentences or documents in the Corpus panel; only unannotated sentences are pre-annotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded: train one, or load a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste Arabic text; predictions appear when you stop typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label / polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this text with the predicted annotations to the open corpus, to correct them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest annotations for the unannotated sentences selected in the Corpus panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sentiment head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add playground text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as %1 for correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotating %n sentence(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every sentence is annotated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-annotate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-annotate all unannotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest annotations for every unannotated sentence of the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping pre-annotation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model finds no entities: entities need a model trained on an entity corpus (for example ANERcorp in CoNLL format). See &lt;a href=&quot;%1&quot;&gt;Train on your data&lt;/a&gt; in the user guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model: %1 (%2). Train on your data or load a model to use your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotel reviews, trained on SemEval-2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the newest model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-annotation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::Recovery</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::ResultsPanel</name>
    <message>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder (a run&apos;s best model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev split only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score only the documents the training run held out (same seed and share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row-normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B - A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model and evaluate it on the open corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a corpus to evaluate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a snapshot of the open corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 on %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dev split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans voted with the linear baseline (weight %1); the transformer alone: F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polarity blended with the linear baseline (weight %1); the transformer alone: accuracy %2 · macro-F1 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence %1 is not in the open corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold: %1 / predicted: %2 (%3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gold %2, predicted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an error to open its sentence; the Text view then marks every error of that sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted by the model, not in gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold, missed by the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same span, wrong label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot 1 (sentence, category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot 1+2 (with the target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::RunHistory</name>
    <message>
        <source>%1 is not a run list; starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::ShortcutsDialog</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::StatisticsPanel</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence length (words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentences: %2 annotated, %3 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotated %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionsDialog</name>
    <message>
        <source>Pre-annotation suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model suggests these annotations. Untick the ones to reject; the rest are added (one undo step) for you to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::TextPanel</name>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stemmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label / category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From-to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set polarity: positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set polarity: negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set polarity: neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set category...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a category...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a label...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty span cannot be annotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection is outside the sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the selection overlaps an existing span. Edit or delete that span first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add span &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text (or click a span) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label number %1 in the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a span first to set its polarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity spans have no polarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set polarity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an opinion target first to set its category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the selected target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a span first to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete span &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the selection, or relabel the current span, from the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exact characters instead of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Sentence opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse selections keep exactly the characters dragged over instead of whole words (the same as holding Alt while dragging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an opinion about the whole sentence (target NULL) (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sentence-level opinion...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sentence-level opinion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(whole sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (model suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence-level opinion needs a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sentence-level opinion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence-level opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the opinion about the whole sentence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::TrainingForm</name>
    <message>
        <source>Encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion targets (tagging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpora and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add corpus file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in small model (trained from scratch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face BERT folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional to size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for checkpoints and the best model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small BERT with a vocabulary learned from your corpora; no download needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a training corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpora (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open corpus) - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no corpus has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or add a corpus with opinion targets (SemEval XML) or entities (CoNLL) to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder for the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder folder is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a snapshot of the open corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no corpus to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect categories of each sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of each target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::TrainingPanel</name>
    <message>
        <source>This build of libtorch has no CUDA support (CPU only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA GPU driver or GPU was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the current step and keeps the last good checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a previous run from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss per task (raw points, smoothed line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev metrics per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate (encoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load best model into Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate in Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting: %1 on %2 corpus file(s) into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing (reading corpora, building the vocabulary and the model)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume: the output folder of a previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1: %2 steps from step %3; examples: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1 over %2 ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1/%2  epoch %3  %4 tok/s  ETA %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: step %1 (%2) skipped: %3 (%4 in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev at step %1: score %2%3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (best so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint at step %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (%1) at step %2 after %3; best score %4 at step %5; model: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is being trained. Stop it (the last good checkpoint is kept) and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; %3; %4 epochs, batch %5, learning rate %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (%1) at step %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::TransformerRetrain</name>
    <message>
        <source>Training the transformer: step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transformer retrain is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is annotated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training the transformer on %n annotated sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the training was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transformer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transformer was not replaced (%1); the last good model is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer retrained (best score %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::WelcomePanel</name>
    <message>
        <source>Recent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a corpus (or the sample corpus from the File menu), then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample corpus is open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Mizan Studio.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a sentence, select a target and press a number key to label it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Playground already works with the default model (hotel reviews, trained on SemEval-2016); train on your data to get your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
