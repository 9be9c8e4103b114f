#include "ui/annotate/textpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "text/textpipeline.h"
#include "ui/annotate/annotationcommands.h"
#include "ui/annotate/sentenceview.h"
#include "ui/common/bidi.h"
#include "ui/common/fonts.h"
#include "ui/common/preferences.h"
#include "ui/common/textoffsets.h"

namespace mizan::ui {

namespace {

TextPipelineOptions pipelineOptions(const QString &preset, StemmerKind stemmer)
{
    TextPipelineOptions options;
    options.normalizer = NormalizerOptions::preset(preset.toStdString()).value_or(NormalizerOptions::light());
    options.stemmer = stemmer;
    return options;
}

enum TableColumn { TargetColumn, LabelColumn, PolarityColumn, OffsetsColumn, TableColumnCount };

} // namespace

TextPanel::TextPanel(CorpusDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_pipeline(std::make_unique<TextPipeline>(pipelineOptions(m_preset, m_stemmerKind))), m_title(new QLabel(this)),
      m_sentenceBadge(new QLabel(this)), m_reviewed(new QCheckBox(this)), m_rawLabel(new QLabel(this)),
      m_cleanedLabel(new QLabel(this)), m_stemmedLabel(new QLabel(this)), m_raw(new SentenceView(this)),
      m_cleaned(new SentenceView(this)), m_stemmed(new SentenceView(this)), m_paletteLabel(new QLabel(this)),
      m_paletteBox(new QComboBox(this)), m_addSentenceOpinion(new QPushButton(this)), m_paletteHints(new QLabel(this)),
      m_viewsArea(new QScrollArea(this)), m_message(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("textPanel"));
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_cleaned->setObjectName(QStringLiteral("cleanedView"));
    m_stemmed->setObjectName(QStringLiteral("stemmedView"));
    m_raw->setSelectable(true);
    m_message->setObjectName(QStringLiteral("annotationMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_sentenceBadge->setObjectName(QStringLiteral("sentenceLevelBadge"));
    m_sentenceBadge->setStyleSheet(
        QStringLiteral("background: #ede7f6; border: 1px solid #9575cd; border-radius: 6px; padding: 1px 6px;"));
    m_sentenceBadge->hide();
    m_addSentenceOpinion->setObjectName(QStringLiteral("addSentenceOpinion"));
    m_paletteHints->setObjectName(QStringLiteral("paletteHints"));
    m_paletteHints->setWordWrap(true);
    m_paletteBox->setObjectName(QStringLiteral("labelBox"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_sentenceBadge);
    header->addWidget(m_reviewed);
    auto *views = new QFormLayout;
    views->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    views->addRow(m_rawLabel, m_raw);
    views->addRow(m_cleanedLabel, m_cleaned);
    views->addRow(m_stemmedLabel, m_stemmed);
    auto *paletteRow = new QHBoxLayout;
    paletteRow->addWidget(m_paletteLabel);
    paletteRow->addWidget(m_paletteBox, 1);
    paletteRow->addWidget(m_addSentenceOpinion);
    paletteRow->addWidget(m_message, 2);

    m_table->setColumnCount(TableColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The columns fit the table's width, never scrolling sideways: polarity and the From-to
    // offsets as wide as their text, never cut; the target and the category share the rest
    // (their text elides where it is short).
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setMinimumSectionSize(40);  // Qt's default (a section's default size) is wider
    for (int column : {int(TargetColumn), int(LabelColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    for (int column : {int(PolarityColumn), int(OffsetsColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(80);

    // The renderings scroll inside their own area, so a long sentence is never cut off
    // however short the panel; a splitter shares the height with the table.
    auto *viewsWidget = new QWidget;
    viewsWidget->setLayout(views);
    m_viewsArea->setObjectName(QStringLiteral("viewsArea"));
    m_viewsArea->setWidget(viewsWidget);
    m_viewsArea->setWidgetResizable(true);
    m_viewsArea->setFrameShape(QFrame::NoFrame);
    m_viewsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(m_lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(paletteRow);
    // The key hints sit beside the table (whose last column has room to spare), so they take
    // width, not the height the table's rows need; they scroll when the labels are many.
    m_hintsArea = new QScrollArea;
    m_hintsArea->setObjectName(QStringLiteral("paletteHintsArea"));
    m_hintsArea->setWidget(m_paletteHints);
    m_hintsArea->setWidgetResizable(true);
    m_hintsArea->setFrameShape(QFrame::NoFrame);
    m_hintsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hintsArea->setMinimumHeight(0);
    m_paletteHints->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(m_hintsArea);
    lowerLayout->addLayout(tableRow, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("textSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_viewsArea);
    m_splitter->addWidget(m_lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSizedSplit = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    setTextPointSize(Preferences::textPointSize());
    createActions();

    connect(m_reviewed, &QCheckBox::clicked, this, [this](bool on) { setReviewed(on); });
    connect(m_raw, &SentenceView::spanClicked, this, &TextPanel::selectSpan);
    connect(m_raw, &SentenceView::selectionChanged, this, [this](int start, int end) {
        if (end > start)
            m_message->clear();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_currentSpan)
            selectSpan(row);
    });
    connect(m_addSentenceOpinion, &QPushButton::clicked, this, &TextPanel::chooseSentenceLevelCategory);
    connect(m_paletteBox, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyLabel(m_paletteBox->itemData(index).toString());
        syncLabelBox();
        m_raw->setFocus();
    });
    connect(document, &CorpusDocument::sentenceChanged, this, [this](SentenceRef ref) {
        if (ref == m_ref)
            render();
    });
    connect(document, &CorpusDocument::corpusReset, this, [this] {
        refreshPalette();
        m_ref = {};
        showSentence({0, 0});
    });
    connect(document, &CorpusDocument::documentsInserted, this, &TextPanel::refreshPalette);
    connect(document, &CorpusDocument::documentsRemoved, this, [this] {
        if (!m_document->contains(m_ref))
            showSentence({0, 0});
    });
    retranslate();
    refreshPalette();
}

TextPanel::~TextPanel() = default;

void TextPanel::createActions()
{
    auto add = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions << action;
        return action;
    };
    add(QKeySequence(Qt::Key_P), [this] { setPolarity(Polarity::Positive); });
    add(QKeySequence(Qt::Key_N), [this] { setPolarity(Polarity::Negative); });
    add(QKeySequence(Qt::Key_U), [this] { setPolarity(Polarity::Neutral); });
    add(QKeySequence(Qt::Key_C), [this] { chooseCategory(); });
    add(QKeySequence(Qt::Key_Delete), [this] { deleteCurrentSpan(); });
    add(QKeySequence(Qt::Key_R), [this] { setReviewed(!m_reviewed->isChecked()); });
    add(QKeySequence(Qt::Key_S), [this] { chooseSentenceLevelCategory(); });
    m_exactAction = new QAction(this);
    m_exactAction->setObjectName(QStringLiteral("exactSelectionAction"));
    m_exactAction->setCheckable(true);
    connect(m_exactAction, &QAction::toggled, m_raw, &SentenceView::setExactSelection);
}

QList<QPair<QString, QString>> TextPanel::otherKeys() const
{
    return {
        {tr("Label the selection, or relabel the current span, from the palette"), ltr(QStringLiteral("1 … 9"))},
        {tr("Delete the current span"), ltr(QStringLiteral("Backspace"))},
        {tr("Extend the selection by a character"), ltr(QStringLiteral("Shift+←, Shift+→"))},
        {tr("Extend the selection by a word"), ltr(QStringLiteral("Ctrl+Shift+←, Ctrl+Shift+→"))},
        {tr("Select exact characters instead of words"), ltr(QStringLiteral("Alt+drag"))},
        {tr("Clear the selection"), ltr(QStringLiteral("Esc"))},
    };
}

void TextPanel::retranslate()
{
    m_rawLabel->setText(tr("Raw"));
    m_cleanedLabel->setText(tr("Cleaned"));
    m_stemmedLabel->setText(tr("Stemmed"));
    m_reviewed->setText(tr("Reviewed"));
    m_paletteLabel->setText(tr("Label:"));
    m_addSentenceOpinion->setText(tr("+ Sentence opinion"));
    m_exactAction->setText(tr("Exact characters"));
    m_exactAction->setToolTip(tr("Mouse selections keep exactly the characters dragged over instead of whole words "
                                 "(the same as holding Alt while dragging)"));
    m_addSentenceOpinion->setToolTip(tr("Add an opinion about the whole sentence (target NULL) (S)"));
    m_table->setHorizontalHeaderLabels({tr("Target"), tr("Label / category"), tr("Polarity"), tr("From-to")});
    const QStringList names = {tr("Set polarity: positive"), tr("Set polarity: negative"),
                               tr("Set polarity: neutral"), tr("Set category..."), tr("Delete span"),
                               tr("Toggle reviewed"), tr("Add sentence-level opinion...")};
    for (int i = 0; i < m_actions.size() && i < names.size(); ++i)
        m_actions[i]->setText(names[i]);
    refreshPalette();
    render();
}

void TextPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TextPanel::setCleaningPreset(const QString &preset)
{
    m_preset = preset;
    m_pipeline = std::make_unique<TextPipeline>(pipelineOptions(m_preset, m_stemmerKind));
    render();
}

void TextPanel::setStemmer(StemmerKind kind)
{
    m_stemmerKind = kind;
    m_pipeline = std::make_unique<TextPipeline>(pipelineOptions(m_preset, m_stemmerKind));
    render();
}

void TextPanel::setTextPointSize(int points)
{
    const QFont font = arabicFont(points);
    for (SentenceView *view : {m_raw, m_cleaned, m_stemmed})
        view->setFont(font);
    QFont tableFont = arabicFont(std::max(9, points - 4));
    m_table->setFont(tableFont);
    // The header and the rows follow the zoom both ways: the header gets the font itself and the
    // rows' height is derived from it again (a header keeps its default section size otherwise).
    m_table->horizontalHeader()->setFont(tableFont);
    m_table->verticalHeader()->setFont(tableFont);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 4);
    m_table->horizontalHeader()->updateGeometry();
}

void TextPanel::refreshPalette()
{
    std::map<std::string, int> counts;
    bool opinions = m_document->corpus().format == CorpusFormat::SemEvalXml;
    for (const Document &d : m_document->corpus().documents)
        for (const Sentence &s : d.sentences) {
            opinions = opinions || !s.opinions.empty();
            for (const Opinion &o : s.opinions)
                if (!o.category.empty())
                    ++counts[o.category];
        }
    m_newKind = opinions ? SpanKind::Opinion : SpanKind::Entity;
    if (!opinions) {
        counts.clear();
        for (const Document &d : m_document->corpus().documents)
            for (const Sentence &s : d.sentences)
                for (const EntitySpan &e : s.entities)
                    ++counts[e.label];
    }
    std::vector<std::pair<std::string, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    m_palette.clear();
    for (const auto &entry : sorted)
        m_palette << QString::fromStdString(entry.first);
    if (m_palette.isEmpty())
        m_palette << (opinions ? QStringLiteral("GENERAL") : QStringLiteral("MISC"));

    m_paletteBox->clear();
    m_paletteBox->addItem(opinions ? tr("Pick a category...") : tr("Pick a label..."));
    for (int i = 0; i < m_palette.size(); ++i)
        m_paletteBox->addItem(i < 9 ? QStringLiteral("%1  %2").arg(i + 1).arg(m_palette[i]) : m_palette[i],
                              m_palette[i]);
    QStringList hints;
    for (int i = 0; i < m_palette.size() && i < 9; ++i)
        hints << QStringLiteral("<span style=\"background:%1\">&nbsp;<b>%2</b>&nbsp;%3&nbsp;</span>")
                     .arg(labelColor(m_palette[i]).name())
                     .arg(i + 1)
                     .arg(m_palette[i].toHtmlEscaped());
    m_paletteHints->setText(tr("Keys:") + QStringLiteral(" ") + hints.join(QStringLiteral(" ")));
    // The column beside the table is as wide as its longest hint (within bounds): no name is cut.
    const QFontMetrics metrics(m_paletteHints->font());
    int widest = metrics.horizontalAdvance(tr("Keys:"));
    for (int i = 0; i < m_palette.size() && i < 9; ++i)
        widest = std::max(widest, metrics.horizontalAdvance(QStringLiteral("  9  ") + m_palette[i]));
    m_hintsArea->setFixedWidth(std::clamp(widest + 24, 120, 320));
    syncLabelBox();
}

void TextPanel::syncLabelBox()
{
    // The box shows the current span's category (or label); its first entry otherwise.
    const SpanInfo *span = current();
    const QString value = !span ? QString() : span->kind == SpanKind::Opinion ? span->category : span->label;
    const int at = value.isEmpty() ? -1 : m_paletteBox->findData(value);
    m_paletteBox->setCurrentIndex(std::max(0, at));
}

void TextPanel::updateBadge()
{
    QStringList lines;
    int count = 0;
    for (const SpanInfo &s : m_renderings.spans)
        if (s.sentenceLevel) {
            ++count;
            lines << QStringLiteral("%1: %2").arg(s.category.isEmpty() ? tr("no category") : s.category,
                                                  polarityText(s.polarity));
        }
    m_sentenceBadge->setVisible(count > 0);
    m_sentenceBadge->setText(tr("%n sentence-level opinion(s)", nullptr, count));
    m_sentenceBadge->setToolTip(lines.join(QStringLiteral("\n")));
}

void TextPanel::showSentence(SentenceRef ref)
{
    if (!m_document->contains(ref)) {
        m_ref = {};
        m_renderings = {};
        for (SentenceView *view : {m_raw, m_cleaned, m_stemmed})
            view->setText(QString());
        m_title->setText(tr("No sentence"));
        m_table->setRowCount(0);
        m_sentenceBadge->hide();
        return;
    }
    const bool same = ref == m_ref;
    m_ref = ref;
    if (!same) {
        m_currentIndex = -1;
        m_message->clear();
    }
    render();
}

void TextPanel::render()
{
    if (!m_document->contains(m_ref))
        return;
    const Sentence &sentence = m_document->sentence(m_ref);
    const int selStart = m_raw->selectionStart(), selEnd = m_raw->selectionEnd();
    const bool keepSelection = m_raw->text() == QString::fromStdString(sentence.text);
    m_renderings = renderSentence(sentence, *m_pipeline);
    const QString docId = QString::fromStdString(m_document->corpus().documents[m_ref.document].id);
    m_title->setText(tr("Sentence %1").arg(QString::fromStdString(sentence.id).isEmpty()
                                               ? QStringLiteral("%1:%2").arg(docId).arg(m_ref.sentence + 1)
                                               : QString::fromStdString(sentence.id)));
    m_reviewed->setChecked(sentence.reviewed);
    m_raw->setText(m_renderings.raw.text);
    m_raw->setHighlights(m_renderings.raw.highlights);
    if (keepSelection)
        m_raw->setSelection(selStart, selEnd);
    m_cleaned->setText(m_renderings.cleaned.text);
    m_cleaned->setHighlights(m_renderings.cleaned.highlights);
    m_stemmed->setText(m_renderings.stemmed.text);
    m_stemmed->setHighlights(m_renderings.stemmed.highlights);
    if (!m_renderings.error.isEmpty())
        m_message->setText(m_renderings.error);

    m_currentSpan = -1;
    for (int i = 0; i < m_renderings.spans.size(); ++i)
        if (m_renderings.spans[i].kind == m_currentKind && m_renderings.spans[i].index == m_currentIndex)
            m_currentSpan = i;
    for (SentenceView *view : {m_raw, m_cleaned, m_stemmed})
        view->setCurrentSpan(m_currentSpan);
    fillTable();
    updateBadge();
    syncLabelBox();
    fitSplit();
}

void TextPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplit();
}

void TextPanel::fitSplit()
{
    constexpr int kTableRows = 4;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (m_userSizedSplit || total <= 0)
        return;
    m_lower->layout()->activate();
    // The table's share: its header, kTableRows rows and its frame, beside the palette rows above it.
    const int tableNeed = m_table->horizontalHeader()->sizeHint().height() +
                          kTableRows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 6;
    QLayout *lower = m_lower->layout();
    const int lowerNeed = lower->contentsMargins().top() + lower->contentsMargins().bottom() +
                          lower->itemAt(0)->sizeHint().height() + lower->spacing() + tableNeed;
    QWidget *views = m_viewsArea->widget();
    const int viewsNeed = views->hasHeightForWidth() ? views->heightForWidth(m_viewsArea->viewport()->width())
                                                     : views->sizeHint().height();
    // Room for both: the sentence gets what it needs. Short of room: the renderings keep up to
    // 60% (as the splitter's stretch would give them) and the table what is left.
    const int viewsHeight = viewsNeed + lowerNeed <= total
                                ? viewsNeed
                                : std::max({total - lowerNeed, std::min(viewsNeed, total * 3 / 5), 1});
    m_splitter->setSizes({viewsHeight, std::max(1, total - viewsHeight)});
}

void TextPanel::fillTable()
{
    const QSignalBlocker blocker(m_table);
    const Sentence &sentence = m_document->sentence(m_ref);
    m_table->setRowCount(m_renderings.spans.size());
    const Utf16Map map(m_renderings.raw.text);
    for (int row = 0; row < m_renderings.spans.size(); ++row) {
        const SpanInfo &s = m_renderings.spans[row];
        const QString target =
            s.sentenceLevel ? tr("(whole sentence)")
            : s.kind == SpanKind::Opinion
                ? QString::fromStdString(sentence.opinions[s.index].target)
                : m_renderings.raw.text.mid(map.toUtf16(s.start), map.toUtf16(s.end) - map.toUtf16(s.start));
        auto *targetItem = new QTableWidgetItem(target);
        targetItem->setBackground(labelColor(s.label));
        targetItem->setToolTip(spanToolTip(s));
        if (s.sentenceLevel) {
            QFont italic = targetItem->font();
            italic.setItalic(true);
            targetItem->setFont(italic);
        }
        m_table->setItem(row, TargetColumn, targetItem);
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(s.kind == SpanKind::Opinion ? s.category : s.label));
        const bool suggested = s.kind == SpanKind::Opinion && isSuggested(sentence.opinions[s.index]);
        auto *polarity = new QTableWidgetItem(s.kind != SpanKind::Opinion ? QString()
                                              : suggested ? tr("%1 (model suggestion)").arg(polarityText(s.polarity))
                                                          : polarityText(s.polarity));
        if (polarityColor(s.polarity).isValid())
            polarity->setForeground(polarityColor(s.polarity));
        m_table->setItem(row, PolarityColumn, polarity);
        m_table->setItem(row, OffsetsColumn,
                         new QTableWidgetItem(s.sentenceLevel ? QStringLiteral("—")
                                                              : ltr(QStringLiteral("%1-%2").arg(s.start).arg(s.end))));
    }
    if (m_currentSpan >= 0) {
        m_table->selectRow(m_currentSpan);
    } else {
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);  // so choosing any row again is a change
    }
}

void TextPanel::selectSpan(int spanId)
{
    if (spanId < 0 || spanId >= m_renderings.spans.size()) {
        m_currentIndex = -1;
        m_currentSpan = -1;
    } else {
        m_currentKind = m_renderings.spans[spanId].kind;
        m_currentIndex = m_renderings.spans[spanId].index;
        m_currentSpan = spanId;
    }
    for (SentenceView *view : {m_raw, m_cleaned, m_stemmed})
        view->setCurrentSpan(m_currentSpan);
    {
        const QSignalBlocker blocker(m_table);
        if (m_currentSpan >= 0)
            m_table->selectRow(m_currentSpan);
    }
    syncLabelBox();
    scrollToCurrent();
}

void TextPanel::scrollToCurrent()
{
    const SpanInfo *span = current();
    if (!span || span->sentenceLevel)
        return;
    for (const Highlight &h : m_renderings.raw.highlights) {
        if (h.spanId != m_currentSpan)
            continue;
        const QRect rect = m_raw->rangeRect(h.start, h.end);
        if (!rect.isValid())
            return;
        const QPoint center = m_raw->mapTo(m_viewsArea->widget(), rect.center());
        m_viewsArea->ensureVisible(center.x(), center.y(), rect.width() / 2 + 4, rect.height() / 2 + 8);
        return;
    }
}

const SpanInfo *TextPanel::current() const
{
    return m_currentSpan >= 0 && m_currentSpan < m_renderings.spans.size() ? &m_renderings.spans[m_currentSpan]
                                                                           : nullptr;
}

QString TextPanel::message() const { return m_message->text(); }

void TextPanel::refuse(const QString &why)
{
    m_message->setText(why);
    Q_EMIT statusMessage(why);
}

void TextPanel::push(Sentence after, std::function<QString()> describe)
{
    m_message->clear();
    m_document->undoStack()->push(new SentenceEditCommand(m_document, m_ref, std::move(after), std::move(describe)));
}

bool TextPanel::applyLabel(const QString &label)
{
    if (!m_document->contains(m_ref))
        return false;
    Sentence after = m_document->sentence(m_ref);
    const Utf16Map map(m_renderings.raw.text);
    // A span never starts or ends with a space, however it was selected.
    int selStart = m_raw->selectionStart(), selEnd = m_raw->selectionEnd();
    const QString &text = m_renderings.raw.text;
    while (selStart < selEnd && text[selStart].isSpace())
        ++selStart;
    while (selEnd > selStart && text[selEnd - 1].isSpace())
        --selEnd;
    const std::size_t start = map.toCodePoint(selStart), end = map.toCodePoint(selEnd);
    const SpanInfo *span = current();
    const bool selectionIsCurrent = span && span->start == start && span->end == end;
    if (selEnd > selStart && !selectionIsCurrent) {
        switch (checkNewSpan(after, m_newKind, start, end)) {
        case SpanProblem::Empty:
            refuse(tr("An empty span cannot be annotated."));
            return false;
        case SpanProblem::OutOfRange:
            refuse(tr("The selection is outside the sentence."));
            return false;
        case SpanProblem::Overlaps:
            refuse(tr("Refused: the selection overlaps an existing span. Edit or delete that span first."));
            return false;
        case SpanProblem::None:
            break;
        }
        m_currentKind = m_newKind;
        m_currentIndex = m_newKind == SpanKind::Opinion
                             ? addOpinion(after, start, end, label.toStdString(), Polarity::None)
                             : addEntity(after, start, end, label.toStdString());
        m_raw->clearSelection();
        push(std::move(after), [label] { return tr("Add span \"%1\"").arg(label); });
        return true;
    }
    if (!span) {
        refuse(tr("Select some text (or click a span) first."));
        return false;
    }
    setSpanLabel(after, span->kind, span->index, label.toStdString());
    push(std::move(after), [label] { return tr("Set label \"%1\"").arg(label); });
    return true;
}

bool TextPanel::applyPaletteEntry(int number)
{
    if (number < 1 || number > m_palette.size()) {
        refuse(tr("No label number %1 in the palette.").arg(number));
        return false;
    }
    return applyLabel(m_palette[number - 1]);
}

bool TextPanel::setPolarity(Polarity polarity)
{
    const SpanInfo *span = current();
    if (!span) {
        refuse(tr("Click a span first to set its polarity."));
        return false;
    }
    if (span->kind != SpanKind::Opinion) {
        refuse(tr("Entity spans have no polarity."));
        return false;
    }
    Sentence after = m_document->sentence(m_ref);
    setSpanPolarity(after, span->kind, span->index, polarity);
    push(std::move(after), [polarity] { return tr("Set polarity %1").arg(polarityText(polarity)); });
    return true;
}

bool TextPanel::setCategory(const QString &category)
{
    const SpanInfo *span = current();
    if (!span || span->kind != SpanKind::Opinion) {
        refuse(tr("Click an opinion target first to set its category."));
        return false;
    }
    Sentence after = m_document->sentence(m_ref);
    setSpanLabel(after, span->kind, span->index, category.toStdString());
    push(std::move(after), [category] { return tr("Set category %1").arg(category); });
    return true;
}

void TextPanel::chooseCategory()
{
    const SpanInfo *span = current();
    if (!span || span->kind != SpanKind::Opinion) {
        refuse(tr("Click an opinion target first to set its category."));
        return;
    }
    bool ok = false;
    const int at = std::max(0, static_cast<int>(m_palette.indexOf(span->category)));
    const QString category = QInputDialog::getItem(this, tr("Category"), tr("Category of the selected target:"),
                                                   m_palette, at, true, &ok);
    if (ok && !category.trimmed().isEmpty())
        setCategory(category.trimmed());
}

bool TextPanel::addSentenceLevelOpinion(const QString &category)
{
    if (!m_document->contains(m_ref))
        return false;
    if (category.trimmed().isEmpty()) {
        refuse(tr("A sentence-level opinion needs a category."));
        return false;
    }
    Sentence after = m_document->sentence(m_ref);
    m_currentKind = SpanKind::Opinion;
    m_currentIndex = addSentenceOpinion(after, category.trimmed().toStdString(), Polarity::None);
    push(std::move(after), [name = category.trimmed()] { return tr("Add sentence-level opinion \"%1\"").arg(name); });
    return true;
}

void TextPanel::chooseSentenceLevelCategory()
{
    if (!m_document->contains(m_ref))
        return;
    bool ok = false;
    const QString category =
        QInputDialog::getItem(this, tr("Sentence-level opinion"),
                              tr("Category of the opinion about the whole sentence:"), m_palette, 0, true, &ok);
    if (ok)
        addSentenceLevelOpinion(category);
}

bool TextPanel::deleteCurrentSpan()
{
    const SpanInfo *span = current();
    if (!span) {
        refuse(tr("Click a span first to delete it."));
        return false;
    }
    Sentence after = m_document->sentence(m_ref);
    const QString label = span->label;
    removeSpan(after, span->kind, span->index);
    m_currentIndex = -1;
    push(std::move(after), [label] { return tr("Delete span \"%1\"").arg(label); });
    return true;
}

bool TextPanel::setReviewed(bool reviewed)
{
    if (!m_document->contains(m_ref))
        return false;
    Sentence after = m_document->sentence(m_ref);
    if (after.reviewed == reviewed)
        return true;
    after.reviewed = reviewed;
    if (reviewed)
        clearSuggested(after);  // reviewing accepts the model's suggestions as annotations
    push(std::move(after), [reviewed] { return reviewed ? tr("Mark reviewed") : tr("Mark not reviewed"); });
    return true;
}

void TextPanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && !(event->modifiers() & Qt::ControlModifier)) {
        applyPaletteEntry(key - Qt::Key_0);
        return;
    }
    if (key == Qt::Key_Backspace) {
        deleteCurrentSpan();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace mizan::ui
