#pragma once
// The learning curve of the open corpus (core's LearningRound list, one JSON file per corpus
// file in the application data folder: learning-curves/<sha256 of the path>.json): a chart of
// sentiment accuracy, macro-F1, target F1 and entity F1 against sentences annotated, and a
// note. The "Annotate next" queue adds a round after each retrain (addRound); every view of
// the same corpus (the queue's, the Results panel's) redraws when one adds a round.
#include <QWidget>

#include <vector>

#include "annotation/learningcurve.h"
#include "ui/corpus/corpusdocument.h"

class QLabel;

namespace mizan::ui {

class LiveChart;

class LearningCurveView : public QWidget {
    Q_OBJECT
public:
    explicit LearningCurveView(CorpusDocument *document, QWidget *parent = nullptr);

    // Appends `round`, writes the file (atomically) and tells the other views.
    void addRound(const LearningRound &round);
    // Shows why a retrain gave no point (cleared by the next load or round).
    void setProblem(const QString &problem);
    // Reads the file again (the corpus was opened, reset or saved elsewhere).
    void reload();

    const std::vector<LearningRound> &rounds() const { return m_rounds; }
    LiveChart *chart() const { return m_chart; }
    QLabel *note() const { return m_note; }
    // Where the rounds of the open corpus are kept ("" for a corpus never saved).
    QString fileName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();

    CorpusDocument *m_document;
    LiveChart *m_chart;
    QLabel *m_note;
    std::vector<LearningRound> m_rounds;
    QString m_problem;  // the last load / save / scoring problem
    QString m_file;     // where m_rounds were read from / last written
};

// Tells every LearningCurveView that the curve file `file` changed.
class LearningCurveHub : public QObject {
    Q_OBJECT
public:
    static LearningCurveHub *instance();
    using QObject::QObject;

Q_SIGNALS:
    void changed(const QString &file, const QObject *by);
};

} // namespace mizan::ui
