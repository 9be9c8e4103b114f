#include "ui/corpus/issuespanel.h"

#include "ui/corpus/issuetext.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mizan::ui {

namespace {
enum Column { SeverityColumn, FileColumn, LineColumn, ColumnColumn, MessageColumn, ColumnCount };
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kLineRole = Qt::UserRole + 2;
// On the message cell: the issue's code and arguments, worded again on a language change.
constexpr int kCodeRole = Qt::UserRole + 3;
constexpr int kArgsRole = Qt::UserRole + 4;

QString issueMessage(const QTableWidgetItem *item)
{
    std::vector<std::string> args;
    for (const QString &a : item->data(kArgsRole).toStringList())
        args.push_back(a.toStdString());
    return IssueText::message(static_cast<IssueCode>(item->data(kCodeRole).toInt()), args);
}
} // namespace

IssuesPanel::IssuesPanel(CorpusDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("issuesPanel"));
    m_table->setObjectName(QStringLiteral("issuesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QTableWidgetItem *item = m_table->item(row, FileColumn);
        const SentenceRef ref = sentenceForLine(item->data(kPathRole).toString(),
                                                item->data(kLineRole).toULongLong());
        if (ref.isValid())
            Q_EMIT sentenceRequested(ref);
    });
    retranslate();
    connect(m_document, &CorpusDocument::corpusReset, this, &IssuesPanel::dropStale);
}

void IssuesPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("File"), tr("Line"), tr("Column"), tr("Message")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, SeverityColumn);
        item->setText(item->data(Qt::UserRole).toBool() ? tr("error") : tr("warning"));
        QTableWidgetItem *message = m_table->item(row, MessageColumn);
        message->setText(issueMessage(message));
    }
    m_table->resizeColumnsToContents();
}

void IssuesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IssuesPanel::clear()
{
    m_table->setRowCount(0);
    Q_EMIT countChanged(0);
}

void IssuesPanel::setReport(const ImportReport &report)
{
    m_table->setRowCount(0);
    addReport(report);
}

void IssuesPanel::addReport(const ImportReport &report)
{
    for (const ImportIssue &issue : report.issues) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool error = issue.severity == Severity::Error;
        auto *severity = new QTableWidgetItem(error ? tr("error") : tr("warning"));
        severity->setData(Qt::UserRole, error);
        severity->setForeground(error ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6c, 0x00));
        const QString path = QString::fromStdString(issue.file);
        auto *file = new QTableWidgetItem(QFileInfo(path).fileName());
        file->setToolTip(path);
        file->setData(kPathRole, path);
        file->setData(kLineRole, static_cast<qulonglong>(issue.line));
        m_table->setItem(row, SeverityColumn, severity);
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, LineColumn, new QTableWidgetItem(QString::number(issue.line)));
        m_table->setItem(row, ColumnColumn, new QTableWidgetItem(QString::number(issue.column)));
        auto *message = new QTableWidgetItem;
        message->setData(kCodeRole, static_cast<int>(issue.code));
        QStringList args;
        for (const std::string &a : issue.args)
            args << QString::fromStdString(a);
        message->setData(kArgsRole, args);
        message->setText(issueMessage(message));
        m_table->setItem(row, MessageColumn, message);
    }
    m_table->resizeColumnsToContents();
    Q_EMIT countChanged(m_table->rowCount());
}

void IssuesPanel::replaceReport(const QString &file, const ImportReport &report)
{
    removeFile(file);
    addReport(report);
}

void IssuesPanel::removeFile(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    for (int row = m_table->rowCount() - 1; row >= 0; --row)
        if (QFileInfo(m_table->item(row, FileColumn)->data(kPathRole).toString()).absoluteFilePath() == path)
            m_table->removeRow(row);
    Q_EMIT countChanged(m_table->rowCount());
}

void IssuesPanel::dropStale()
{
    // The issues of the file just opened stay (setReport came first); those of files read
    // into an earlier corpus go.
    const QString source = QFileInfo(m_document->fileName()).absoluteFilePath();
    for (int row = m_table->rowCount() - 1; row >= 0; --row)
        if (m_document->fileName().isEmpty() ||
            QFileInfo(m_table->item(row, FileColumn)->data(kPathRole).toString()).absoluteFilePath() != source)
            m_table->removeRow(row);
    Q_EMIT countChanged(m_table->rowCount());
}

int IssuesPanel::issueCount() const { return m_table->rowCount(); }

SentenceRef IssuesPanel::sentenceForLine(const QString &file, std::size_t line) const
{
    const Corpus &corpus = m_document->corpus();
    if (line == 0 ||
        QFileInfo(file).absoluteFilePath() != QFileInfo(QString::fromStdString(corpus.sourcePath)).absoluteFilePath())
        return {};
    SentenceRef best;
    std::size_t bestLine = 0;
    for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
        const auto &sentences = corpus.documents[d].sentences;
        for (int s = 0; s < static_cast<int>(sentences.size()); ++s) {
            const std::size_t at = sentences[s].sourceLine;
            if (at != 0 && at <= line && at >= bestLine) {
                best = {d, s};
                bestLine = at;
            }
        }
    }
    return best;
}

} // namespace mizan::ui
