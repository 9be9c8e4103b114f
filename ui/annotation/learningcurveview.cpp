#include "ui/annotation/learningcurveview.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLegend>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "common/sha256.h"
#include "ui/training/livechart.h"

namespace mizan::ui {

// The strings keep the AnnotateNextPanel context (where the curve was first drawn): their
// translations stay as they are.
LearningCurveView::LearningCurveView(CorpusDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_chart(new LiveChart(LiveChart::Style::LineWithPoints, this)),
      m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);
    m_note->setWordWrap(true);
    m_chart->setMinimumHeight(230);  // shorter, the axis labels are elided
    m_chart->chart()->legend()->setAlignment(Qt::AlignRight);
    connect(m_document, &CorpusDocument::corpusReset, this, &LearningCurveView::reload);
    connect(m_document, &CorpusDocument::fileNameChanged, this, [this] {
        // Saved under a new name: the rounds so far belong to it from now on.
        const QString file = fileName();
        if (file == m_file)
            return;
        m_file = file;
        if (!file.isEmpty() && !m_rounds.empty() && QDir().mkpath(QFileInfo(file).path()) &&
            writeLearningCurve(file.toStdString(), m_document->fileName().toStdString(), m_rounds).isOk())
            Q_EMIT LearningCurveHub::instance()->changed(file, this);
    });
    connect(LearningCurveHub::instance(), &LearningCurveHub::changed, this,
            [this](const QString &file, const QObject *by) {
                if (by != this && file == m_file)
                    reload();
            });
    reload();
}

QString LearningCurveView::fileName() const
{
    const QString corpus = m_document->fileName();
    if (corpus.isEmpty())
        return {};
    const QString key = QString::fromStdString(sha256Hex(QFileInfo(corpus).absoluteFilePath().toStdString()));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("learning-curves/%1.json").arg(key));
}

void LearningCurveView::reload()
{
    m_rounds.clear();
    m_problem.clear();
    m_file = fileName();
    if (!m_file.isEmpty()) {
        auto rounds = readLearningCurve(m_file.toStdString());
        if (rounds)
            m_rounds = std::move(*rounds);
        else
            m_problem = QString::fromStdString(rounds.error());
    }
    draw();
}

void LearningCurveView::addRound(const LearningRound &round)
{
    m_rounds.push_back(round);
    m_problem.clear();
    m_file = fileName();
    if (!m_file.isEmpty()) {
        const Status st = QDir().mkpath(QFileInfo(m_file).path())
                              ? writeLearningCurve(m_file.toStdString(), m_document->fileName().toStdString(), m_rounds)
                              : Status(ErrorCode::IoError, "cannot create " + QFileInfo(m_file).path().toStdString());
        if (st.isOk())
            Q_EMIT LearningCurveHub::instance()->changed(m_file, this);
        else
            m_problem =
                QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "The learning curve could not be saved: %1")
                    .arg(QString::fromStdString(st.message()));
    }
    draw();
}

void LearningCurveView::setProblem(const QString &problem)
{
    m_problem = problem;
    draw();
}

void LearningCurveView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        draw();
    QWidget::changeEvent(event);
}

void LearningCurveView::draw()
{
    m_chart->clear();
    m_chart->setTitles(
        QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "Learning curve (held-out annotated reviews)"),
        QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "Sentences annotated"),
        QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "Score"));
    const QString names[] = {QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "Sentiment accuracy"),
                             QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "Sentiment macro-F1"),
                             QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "Target F1"),
                             QCoreApplication::translate("mizan::ui::AnnotateNextPanel", "Entity F1")};
    for (const LearningRound &r : m_rounds) {
        const std::optional<double> values[] = {r.accuracy, r.macroF1, r.targetF1, r.entityF1};
        for (int k = 0; k < 4; ++k)
            if (values[k])
                m_chart->addPoint(names[k], double(r.labelled), *values[k]);
    }
    m_chart->flush();
    QString text =
        m_rounds.empty()
            ? QCoreApplication::translate("mizan::ui::AnnotateNextPanel",
                                          "Each retrain adds a point: a baseline trained on the annotated "
                                          "reviews, scored on a fifth of them held out.")
            : QCoreApplication::translate("mizan::ui::AnnotateNextPanel",
                                          "%n round(s). Last: %1 sentences annotated, scored on %2 held out.", nullptr,
                                          int(m_rounds.size()))
                  .arg(m_rounds.back().labelled)
                  .arg(m_rounds.back().heldOut);
    if (!m_problem.isEmpty())
        text += QLatin1Char(' ') + m_problem;
    m_note->setText(text);
}

LearningCurveHub *LearningCurveHub::instance()
{
    // Parented to the application so it goes away with it; created on first use.
    static LearningCurveHub *hub = new LearningCurveHub(QCoreApplication::instance());
    return hub;
}

} // namespace mizan::ui
