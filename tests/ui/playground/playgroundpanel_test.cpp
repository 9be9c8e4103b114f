// The Playground highlights the right characters: offsets are code points of the raw text,
// and a sentence with tashkeel (combining marks) and emoji (surrogate pairs in UTF-16) must
// still colour exactly the predicted words. Checked with a hand-made prediction (expected
// characters computed independently from the UCS-4 text) and with a real tiny model typing
// into the panel (debounced, off the GUI thread). Then "Add to corpus" and pre-annotation, saved
// with its categories and suggestion marks until reviewed.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "common/resources.h"
#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotate/textpanel.h"
#include "ui/annotate/annotationcommands.h"
#include "ui/annotate/spanedits.h"
#include "ui/common/bidi.h"
#include "ui/corpus/corpusbrowser.h"
#include "ui/playground/playgroundpanel.h"
#include "ui/playground/predictionconvert.h"
#include "ui/training/modelhub.h"
#include "ui/training/studiopanels.h"
#include "../studiotestsupport.h"
#include "../uitestsupport.h"

using namespace mizan::ui;

namespace {

// The sentence: tashkeel on the first word, an emoji before the second target, one after.
const char *const kText = "الفُنْدُقُ 😀 رائعٌ والموقع ممتاز لكنَّ الخدمةَ 👎 سيئة";

// Code-point range of `word` in `text`, found on the UCS-4 form (independent of Utf16Map).
std::pair<std::size_t, std::size_t> codePoints(const QString &text, const QString &word)
{
    const QList<uint> all = text.toUcs4();
    const QList<uint> w = word.toUcs4();
    for (int i = 0; i + w.size() <= all.size(); ++i)
        if (all.mid(i, w.size()) == w)
            return {std::size_t(i), std::size_t(i + w.size())};
    return {0, 0};
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyFolder(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

QString highlighted(const SentenceView *view, const Highlight &h) { return view->text().mid(h.start, h.end - h.start); }

bool hasLatinLetter(const QString &s)
{
    for (QChar c : s)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return true;
    return false;
}

} // namespace

class PlaygroundPanelTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_model;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        registerStudioPanels();
        QString error;
        m_model = test::trainTinyModel(m_tmp.filePath(QStringLiteral("m")), 400, &error);
        QVERIFY2(!m_model.isEmpty(), qPrintable(error));
    }

    // Each test starts like a first start: no model remembered.
    void cleanup() { QSettings().remove(QLatin1String(PlaygroundPanel::kModelSetting)); }

    void remembersTheLastModelAndOffersTheNewest()
    {
        {
            MainWindow window;
            auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
            panel->loadModel(m_model);
            QTRY_VERIFY_WITH_TIMEOUT(panel->hasModel() && QFileInfo(panel->modelDir()) == QFileInfo(m_model), 60000);
            window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        }
        // A restart: the new window's Playground loads the model used last.
        MainWindow window;
        window.show();
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasModel() && QFileInfo(panel->modelDir()) == QFileInfo(m_model), 60000);
        QVERIFY(panel->useNewestButton()->isHidden());
        // A model trained (or opened) later is offered, not forced on the user.
        const QString newer = m_tmp.filePath(QStringLiteral("newer"));
        QVERIFY(copyFolder(m_model, newer));
        ModelHub::instance()->announce(newer);
        QVERIFY(!panel->useNewestButton()->isHidden());
        QVERIFY(panel->useNewestButton()->text().contains(QStringLiteral("newer")));
        QCOMPARE(QFileInfo(panel->modelDir()), QFileInfo(m_model));
        QTest::mouseClick(panel->useNewestButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(panel->modelDir()) == QFileInfo(newer), 60000);
        QVERIFY(panel->useNewestButton()->isHidden());
        QCOMPARE(QFileInfo(QSettings().value(QLatin1String(PlaygroundPanel::kModelSetting)).toString()), QFileInfo(newer));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void highlightsTheRightCharactersWithTashkeelAndEmoji()
    {
        MainWindow window;
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QVERIFY(panel);
        const QString text = QString::fromUtf8(kText);
        const QString hotel = QString::fromUtf8("الفُنْدُقُ");
        const QString service = QString::fromUtf8("الخدمةَ");
        const QString emoji = QString::fromUtf8("😀");
        const auto [h0, h1] = codePoints(text, hotel);
        const auto [s0, s1] = codePoints(text, service);
        const auto [e0, e1] = codePoints(text, emoji);
        QCOMPARE(h1 - h0, std::size_t(10));  // 5 letters + 5 marks
        QCOMPARE(e1 - e0, std::size_t(1));   // one code point, two UTF-16 units
        QVERIFY(s0 > e1);                    // after the emoji: UTF-16 and code points differ there

        mizan::Prediction p;
        p.text = kText;
        p.entities.push_back({e0, e1, "EMOJI", "😀", 0.9});
        p.targets.push_back({h0, h1, hotel.toStdString(), "positive", {{"positive", 0.8}, {"negative", 0.2}}, 0.95});
        p.targets.push_back({s0, s1, service.toStdString(), "negative", {{"positive", 0.1}, {"negative", 0.9}}, 0.9});
        panel->showPrediction(p);
        const auto &hs = panel->resultView()->highlights();
        QCOMPARE(hs.size(), 3);
        QCOMPARE(highlighted(panel->resultView(), hs[0]), emoji);
        QCOMPARE(highlighted(panel->resultView(), hs[1]), hotel);
        QCOMPARE(highlighted(panel->resultView(), hs[2]), service);
        // Polarity shows as the underline colour and a badge in the table, with confidence.
        QVERIFY(hs[1].underline.isValid() && hs[2].underline.isValid() && hs[1].underline != hs[2].underline);
        QCOMPARE(panel->spanTable()->rowCount(), 3);
        QCOMPARE(panel->spanTable()->item(2, 3)->text(), QStringLiteral("90%"));
        QCOMPARE(panel->spanTable()->item(2, 4)->text(), QStringLiteral("%1-%2").arg(s0).arg(s1));
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("2 target")));
    }

    // First start: the shipped model answers until the user loads (or trains) one, and says so.
    void defaultModelAtFirstStartUntilTheUserLoadsOne()
    {
        if (mizan::defaultModelDir().empty())
            QSKIP("no default model in this tree (resources/models/default)");
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QSignalSpy loaded(panel, &PlaygroundPanel::modelLoaded);
        QVERIFY(panel->hasModel() || loaded.wait(60000));
        QVERIFY(panel->usingDefaultModel());
        QVERIFY2(panel->modelLabel()->text().contains(QStringLiteral("default model: hotel reviews, trained on SemEval-2016"),
                                                      Qt::CaseInsensitive),
                 qPrintable(panel->modelLabel()->text()));
        QVERIFY(!panel->entityNote()->isHidden());
        QVERIFY(panel->entityNote()->text().contains(QStringLiteral("entity corpus")));

        panel->setText(QString::fromUtf8("الخدمة سيئة جدا"));
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(panel->prediction().text), QString::fromUtf8("الخدمة سيئة جدا"), 30000);
        QCOMPARE(panel->prediction().targets.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(panel->prediction().targets[0].text), QString::fromUtf8("الخدمة"));
        QCOMPARE(QString::fromStdString(panel->prediction().targets[0].polarity), QStringLiteral("negative"));

        // Pre-annotate uses the default model too.
        CorpusDocument *doc = window.document();
        mizan::Sentence cleared = doc->sentence({0, 0});
        cleared.opinions.clear();
        cleared.entities.clear();
        doc->undoStack()->push(new SentenceEditCommand(doc, {0, 0}, cleared, [] { return QStringLiteral("clear"); }));
        QSignalSpy done(panel, &PlaygroundPanel::preAnnotated);
        std::vector<std::pair<SentenceRef, mizan::Sentence>> offered;
        panel->preAnnotate({SentenceRef{0, 0}}, [&](const auto &suggestions) {
            offered = suggestions;
            return QList<int>{};
        });
        QVERIFY(done.wait(30000));
        QCOMPARE(offered.size(), std::size_t(1));
        QVERIFY(!offered[0].second.opinions.empty());

        // The user's own model (a finished training run announces it) replaces it, and the
        // label says whose model it is.
        loaded.clear();
        ModelHub::instance()->announce(m_model);
        QVERIFY(loaded.wait(60000));
        QVERIFY(!panel->usingDefaultModel());
        QVERIFY(!panel->modelLabel()->text().contains(QStringLiteral("SemEval")));
    }

    // A live language switch words again what the panel shows: the model line, the status line,
    // the last prediction's table and summary.
    void aLiveLanguageSwitchRewordsTheModelLineAndTheOutput()
    {
        MainWindow window;
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QSignalSpy loaded(panel, &PlaygroundPanel::modelLoaded);
        panel->loadModel(m_model);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasModel() && QFileInfo(panel->modelDir()) == QFileInfo(m_model), 60000);
        const QString english = panel->modelLabel()->text();
        QVERIFY(english.startsWith(QStringLiteral("Model: ")));
        mizan::Prediction p;
        p.text = "الخدمة سيئة";
        p.targets.push_back({0, 6, "الخدمة", "negative", {{"negative", 0.9}}, 0.9});
        p.sentenceOpinions.push_back({"SERVICE#GENERAL", 0.8, "negative", {{"negative", 0.8}}});
        panel->showPrediction(p);
        auto *status = panel->findChild<QLabel *>(QStringLiteral("playgroundStatus"));
        QCOMPARE(status->text(), QStringLiteral("Model loaded."));
        QCOMPARE(panel->spanTable()->item(0, 0)->text(), QStringLiteral("target"));
        Language::instance()->apply(QStringLiteral("ar"));
        QTRY_VERIFY(!hasLatinLetter(test::outsideIsolates(panel->modelLabel()->text())));
        QVERIFY2(!hasLatinLetter(test::outsideIsolates(status->text())) && !status->text().isEmpty(), qPrintable(status->text()));
        QStringList stale;
        for (int r = 0; r < panel->spanTable()->rowCount(); ++r)
            for (int c : {0, 1, 2})
                stale << panel->spanTable()->item(r, c)->text();
        stale << test::outsideIsolates(panel->summaryLabel()->text()).remove(QStringLiteral("SERVICE#GENERAL"));  // data
        stale.removeIf([](const QString &t) { return !hasLatinLetter(t); });
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QStringLiteral(" | "))));
        Language::instance()->apply(QStringLiteral("en"));
        QTRY_COMPARE(panel->modelLabel()->text(), english);
        QCOMPARE(status->text(), QStringLiteral("Model loaded."));
        QCOMPARE(panel->spanTable()->item(0, 0)->text(), QStringLiteral("target"));
    }

    // A model folder that will not load is told in the UI language: the reason worded by core's
    // problem code, the folder's path and the tensor's name isolated left-to-right, the system's
    // English reason (if any) in a separate, isolated Details part; English again after a switch.
    void aBrokenModelFolderIsToldInArabic()
    {
        const QString root = m_tmp.filePath(QStringLiteral("broken"));
        const QString noConfig = root + QStringLiteral("/no-config"), badAct = root + QStringLiteral("/bad-activation"),
                      badShape = root + QStringLiteral("/bad-shape"), empty = root + QStringLiteral("/empty");
        for (const QString &dir : {noConfig, badAct, badShape})
            QVERIFY(copyFolder(m_model, dir));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(QFile::remove(noConfig + QStringLiteral("/config.json")));
        const auto rewriteConfig = [](const QString &dir, const QByteArray &from, const QByteArray &to) {
            QFile f(dir + QStringLiteral("/config.json"));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            QByteArray json = f.readAll();
            f.close();
            const qsizetype at = json.indexOf(from);
            if (at < 0 || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            json.replace(at, from.size(), to);
            return f.write(json) == json.size();
        };
        QVERIFY(rewriteConfig(badAct, "\"hidden_act\": \"", "\"hidden_act\": \"x"));  // "xgelu"
        QVERIFY(rewriteConfig(badShape, "\"intermediate_size\": ", "\"intermediate_size\": 1"));

        MainWindow window;
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        auto *status = panel->findChild<QLabel *>(QStringLiteral("playgroundStatus"));
        Language::instance()->apply(QStringLiteral("ar"));
        struct Case {
            QString dir, isolated, englishLead;
            bool details;
        };
        const QList<Case> cases = {
            {noConfig, ltr(QDir::toNativeSeparators(noConfig + QStringLiteral("/config.json"))),
             QStringLiteral("cannot be opened"), true},
            {badAct, ltr(QStringLiteral("hidden_act")), QStringLiteral("does not support"), true},
            {badShape, ltr(QDir::toNativeSeparators(badShape + QStringLiteral("/model.safetensors"))),
             QStringLiteral("where the model expects"), false},
            {empty, ltr(QDir::toNativeSeparators(empty)), QStringLiteral("is not a Mizan model"), false},
        };
        for (const Case &c : cases) {
            QSignalSpy loaded(panel, &PlaygroundPanel::modelLoaded);
            panel->loadModel(c.dir);
            QVERIFY(loaded.wait(60000));
            QVERIFY(!loaded.front().front().toBool());
            const QString shown = status->text();
            QVERIFY2(!test::hasEnglish(shown), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("تعذّر تحميل النموذج")), qPrintable(shown));
            QVERIFY2(shown.contains(c.isolated), qPrintable(shown));
            // Core's English account, where shown, is its own isolated line after the Arabic sentence.
            const QStringList lines = shown.split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), c.details ? 2 : 1);
            if (c.details)
                QVERIFY2(lines[1].startsWith(QStringLiteral("التفاصيل: ") + QChar(0x2066)) && lines[1].endsWith(QChar(0x2069)),
                         qPrintable(lines[1]));
            Language::instance()->apply(QStringLiteral("en"));
            QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Cannot load the model. ")) &&
                         status->text().contains(c.englishLead),
                     qPrintable(status->text()));
            Language::instance()->apply(QStringLiteral("ar"));
        }
        Language::instance()->apply(QStringLiteral("en"));
    }

    // At 1200x800 the Playground, opened from its menu entry, gives its output table room for at
    // least five rows beside the highlighted text and the input; the output splits by a handle.
    void theOutputTableHasRoomAt1200x800()
    {
        QSettings().remove(QStringLiteral("window"));  // the first-start layout
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QSignalSpy loaded(panel, &PlaygroundPanel::modelLoaded);
        panel->loadModel(m_model);
        QVERIFY(loaded.wait(60000));
        window.findChild<QAction *>(QStringLiteral("playgroundAction"))->trigger();
        panel->setText(QString::fromUtf8(kText));
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(panel->prediction().text), QString::fromUtf8(kText), 60000);
        QApplication::processEvents();
        QTableWidget *table = panel->spanTable();
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        QVERIFY2(table->viewport()->height() >= 5 * rowHeight,
                 qPrintable(QStringLiteral("table viewport %1 px for rows of %2 px (dock %3 px of a %4 px window)")
                                .arg(table->viewport()->height()).arg(rowHeight)
                                .arg(window.dock(QStringLiteral("playground"))->height()).arg(window.height())));
        QVERIFY(panel->input()->height() >= 60);
        QVERIFY(panel->resultView()->parentWidget()->height() >= 40);
        QVERIFY(panel->findChild<QSplitter *>(QStringLiteral("playgroundOutputSplit")));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void typingPredictsWithARealModel()
    {
        MainWindow window;
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QSignalSpy loaded(panel, &PlaygroundPanel::modelLoaded);
        panel->loadModel(m_model);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.front().front().toBool());
        QSignalSpy predicted(panel, &PlaygroundPanel::predicted);
        // Several edits in quick succession: one prediction, for the final text.
        for (const char *word : {"الفندق ", "رائع ", "جدا"})
            panel->input()->insertPlainText(QString::fromUtf8(word));
        panel->setText(QString::fromUtf8(kText));
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(panel->prediction().text), QString::fromUtf8(kText), 60000);
        QVERIFY(!predicted.isEmpty());
        // Every highlight covers exactly the characters its span names (raw code points).
        const auto &p = panel->prediction();
        const auto &hs = panel->resultView()->highlights();
        QCOMPARE(hs.size(), int(p.entities.size() + p.targets.size()));
        int i = 0;
        for (const auto &e : p.entities)
            QCOMPARE(highlighted(panel->resultView(), hs[i++]), QString::fromStdString(mizan::utf8::substr(p.text, e.start, e.end)));
        for (const auto &t : p.targets) {
            const QString expected = QString::fromStdString(mizan::utf8::substr(p.text, t.start, t.end));
            QCOMPARE(QString::fromStdString(t.text), expected);
            QCOMPARE(highlighted(panel->resultView(), hs[i++]), expected);
        }
        qInfo("tiny model found %d target(s) and %d entity(ies) in the tashkeel/emoji sentence",
              int(p.targets.size()), int(p.entities.size()));
        for (const auto &t : p.targets)
            qInfo("  target %s [%zu, %zu) %s", t.text.c_str(), t.start, t.end, t.polarity.c_str());
        QVERIFY2(!p.targets.empty(), "the model found no target, so no offset was checked");

        // A long review scrolls inside the output instead of being cut to its first lines.
        QString longText;
        for (int k = 0; k < 40; ++k)
            longText += QString::fromUtf8("الفندق رائع والموظفون لطفاء لكن الغرفة صغيرة ");
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (QWidget *dock = panel->parentWidget()) {
            dock->show();
            dock->raise();
        }
        panel->setText(longText);
        QTRY_COMPARE_WITH_TIMEOUT(panel->resultView()->text(), longText, 60000);
        auto *area = panel->findChild<QScrollArea *>(QStringLiteral("playgroundViewArea"));
        QVERIFY(area);
        QApplication::processEvents();
        QVERIFY(panel->resultView()->height() >= panel->resultView()->heightForWidth(panel->resultView()->width()));
        QVERIFY(area->verticalScrollBar()->maximum() > 0);
    }

    void addToCorpusAndPreAnnotate()
    {
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QSignalSpy loaded(panel, &PlaygroundPanel::modelLoaded);
        panel->loadModel(m_model);
        QVERIFY(loaded.wait(60000));
        CorpusDocument *doc = window.document();

        // A prediction becomes a new document with those annotations; undo takes it back.
        mizan::Prediction p;
        p.text = kText;
        const QString text = QString::fromUtf8(kText);
        const auto [h0, h1] = codePoints(text, QString::fromUtf8("الفُنْدُقُ"));
        p.targets.push_back({h0, h1, "الفُنْدُقُ", "positive", {{"positive", 0.8}}, 1.0, "HOTEL#GENERAL", 0.9});
        // A sentence-level opinion (no target) with its category and polarity.
        p.sentenceOpinions.push_back({"SERVICE#GENERAL", 0.7, "negative", {{"negative", 0.7}}});
        panel->showPrediction(p);
        QCOMPARE(panel->spanTable()->rowCount(), 2);
        QCOMPARE(panel->spanTable()->item(0, 5)->text(), QStringLiteral("HOTEL#GENERAL (90%)"));
        QCOMPARE(panel->spanTable()->item(1, 5)->text(), QStringLiteral("SERVICE#GENERAL"));
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("SERVICE#GENERAL")));
        const int before = int(doc->corpus().documents.size());
        QVERIFY(panel->addToCorpus());
        QCOMPARE(int(doc->corpus().documents.size()), before + 1);
        const mizan::Sentence &added = doc->corpus().documents.back().sentences.front();
        QCOMPARE(added.text, std::string(kText));
        QCOMPARE(added.opinions.size(), std::size_t(2));
        QCOMPARE(added.opinions[0].from, h0);
        QCOMPARE(added.opinions[0].to, h1);
        QCOMPARE(added.opinions[0].target, std::string("الفُنْدُقُ"));
        QCOMPARE(added.opinions[0].category, std::string("HOTEL#GENERAL"));
        QVERIFY(added.opinions[0].polarity == mizan::Polarity::Positive);
        QVERIFY(added.opinions[1].isNull);
        QCOMPARE(added.opinions[1].category, std::string("SERVICE#GENERAL"));
        QVERIFY(added.opinions[1].polarity == mizan::Polarity::Negative);
        QVERIFY(isSuggested(added.opinions[1]));
        doc->undoStack()->undo();
        QCOMPARE(int(doc->corpus().documents.size()), before);

        // Pre-annotation: clear two sentences, let the model suggest, accept only the first.
        const SentenceRef a{0, 0}, b{0, 1};
        for (SentenceRef ref : {a, b}) {
            mizan::Sentence s = doc->sentence(ref);
            s.opinions.clear();
            s.entities.clear();
            doc->undoStack()->push(new SentenceEditCommand(doc, ref, s, [] { return QStringLiteral("clear"); }));
        }
        const mizan::Sentence untouched = doc->sentence(b);
        QSignalSpy done(panel, &PlaygroundPanel::preAnnotated);
        std::vector<std::pair<SentenceRef, mizan::Sentence>> offered;
        panel->preAnnotate({a, b, SentenceRef{0, 2}}, [&](const auto &suggestions) {
            offered = suggestions;
            return QList<int>{0};
        });
        QVERIFY(done.wait(60000));
        // Only the unannotated sentences were offered, each with the model's own prediction.
        QCOMPARE(offered.size(), std::size_t(2));
        QCOMPARE(done.front().at(0).toInt(), 2);
        QCOMPARE(done.front().at(1).toInt(), 1);
        QVERIFY(doc->sentence(a).opinions == offered[0].second.opinions);
        QVERIFY(doc->sentence(a).entities == offered[0].second.entities);
        QVERIFY(doc->sentence(b) == untouched);  // rejected: unchanged
        // Only real suggestions are offered, and accepted ones stay marked as the model's.
        for (const auto &suggestion : offered)
            QVERIFY(!suggestion.second.opinions.empty() || !suggestion.second.entities.empty());
        for (const mizan::Opinion &o : doc->sentence(a).opinions)
            QVERIFY(isSuggested(o));

        // Several rows selected in the Corpus panel count; "all unannotated" finds every one.
        doc->undoStack()->undo();  // sentence a is unannotated again
        QTreeView *tree = window.corpusBrowser()->view();
        QCOMPARE(tree->selectionMode(), QAbstractItemView::ExtendedSelection);
        tree->expandAll();
        const QModelIndex documentRow = tree->model()->index(0, 0);
        tree->selectionModel()->select(tree->model()->index(0, 0, documentRow),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        tree->selectionModel()->select(tree->model()->index(1, 0, documentRow),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel->selectedUnannotated().size(), 2);
        const QList<SentenceRef> all = panel->allUnannotated();
        QVERIFY(all.contains(a) && all.contains(b));
        // A run over all of them shows its progress, and Cancel stops it (what was done is offered).
        std::size_t offeredAll = 0;
        QSignalSpy doneAll(panel, &PlaygroundPanel::preAnnotated);
        panel->preAnnotate(all, [&](const auto &suggestions) {
            offeredAll = suggestions.size();
            return QList<int>{};
        });
        auto *progress = panel->findChild<QProgressBar *>(QStringLiteral("preAnnotateProgress"));
        QVERIFY(progress && progress->isVisibleTo(panel));
        QCOMPARE(progress->maximum(), int(all.size()));
        panel->cancelPreAnnotation();
        QVERIFY(doneAll.wait(60000));
        QVERIFY(offeredAll <= std::size_t(all.size()));
        QVERIFY(panel->preAnnotationDone() <= int(all.size()));
        QVERIFY(!progress->isVisibleTo(panel));
    }

    // Issue 20 end to end: sentences pre-annotated with the shipped model and accepted are
    // saved with each target's category filled and the NULL-target opinions the model found,
    // all marked suggested="model" in the file until the sentence is reviewed; reviewing keeps
    // them as annotations (the mark goes, the categories stay).
    void acceptedPreAnnotationIsSavedWithCategoriesAndSuggestionsUntilReviewed()
    {
        if (mizan::defaultModelDir().empty())
            QSKIP("no default model in this tree (resources/models/default)");
        QTemporaryDir tmp;
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        QSignalSpy loaded(panel, &PlaygroundPanel::modelLoaded);
        QVERIFY(panel->hasModel() || loaded.wait(60000));
        QVERIFY(panel->usingDefaultModel());
        CorpusDocument *doc = window.document();
        const QList<SentenceRef> refs = {SentenceRef{0, 0}, SentenceRef{0, 1}, SentenceRef{0, 3}};
        for (SentenceRef ref : refs) {
            mizan::Sentence s = doc->sentence(ref);
            s.opinions.clear();
            s.entities.clear();
            doc->undoStack()->push(new SentenceEditCommand(doc, ref, s, [] { return QStringLiteral("clear"); }));
        }
        QSignalSpy done(panel, &PlaygroundPanel::preAnnotated);
        std::size_t offered = 0;
        panel->preAnnotate(refs, [&](const auto &suggestions) {
            offered = suggestions.size();
            QList<int> all;
            for (int i = 0; i < int(suggestions.size()); ++i)
                all << i;
            return all;  // every suggestion accepted
        });
        QVERIFY(done.wait(60000));
        QCOMPARE(offered, std::size_t(refs.size()));
        std::size_t targets = 0, nulls = 0;
        for (SentenceRef ref : refs)
            for (const mizan::Opinion &o : doc->sentence(ref).opinions) {
                QVERIFY2(!o.category.empty(), o.target.c_str());  // never category=""
                QVERIFY(o.polarity != mizan::Polarity::None);
                QVERIFY(isSuggested(o));
                (o.isNull ? nulls : targets) += 1;
            }
        QVERIFY(targets >= 3);
        QVERIFY2(nulls >= 1, "the shipped model suggested no NULL-target opinion");

        // Saved: every opinion of those sentences has its category and the suggestion mark.
        const QString path = tmp.filePath(QStringLiteral("suggested.xml"));
        QVERIFY(doc->saveAs(path, mizan::CorpusFormat::SemEvalXml).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(file.readAll()).contains(QStringLiteral("category=\"\"")));
        auto reread = [&] {
            mizan::ImportResult back = mizan::importCorpus(path.toStdString());
            return back.corpus;
        };
        const mizan::Corpus saved = reread();
        std::size_t savedNulls = 0;
        for (SentenceRef ref : refs) {
            const mizan::Sentence &s =
                saved.documents[std::size_t(ref.document)].sentences[std::size_t(ref.sentence)];
            QCOMPARE(s.opinions.size(), doc->sentence(ref).opinions.size());
            for (std::size_t i = 0; i < s.opinions.size(); ++i) {
                QCOMPARE(s.opinions[i].category, doc->sentence(ref).opinions[i].category);
                QVERIFY(isSuggested(s.opinions[i]));
                savedNulls += s.opinions[i].isNull ? 1 : 0;
            }
        }
        QCOMPARE(savedNulls, nulls);

        // Reviewed in the Text panel: accepted as annotations, the mark gone, the categories kept.
        for (SentenceRef ref : refs) {
            window.showSentence(ref);
            QVERIFY(window.textPanel()->setReviewed(true));
        }
        QVERIFY(doc->saveAs(path, mizan::CorpusFormat::SemEvalXml).ok());
        const mizan::Corpus reviewed = reread();
        for (SentenceRef ref : refs) {
            const mizan::Sentence &s =
                reviewed.documents[std::size_t(ref.document)].sentences[std::size_t(ref.sentence)];
            QVERIFY(s.reviewed);
            QCOMPARE(s.opinions.size(), doc->sentence(ref).opinions.size());
            for (const mizan::Opinion &o : s.opinions) {
                QVERIFY(!isSuggested(o));
                QVERIFY(!o.category.empty());
            }
        }
    }
};

QTEST_MAIN(PlaygroundPanelTest)
#include "playgroundpanel_test.moc"
