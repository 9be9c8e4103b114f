#pragma once
// The settings half of the Training panel: which corpora feed which task, the encoder (built-in
// or a Hugging Face BERT folder validated on the spot), preset and its main knobs, device,
// threads, seed and output folder. params() turns the form into core's TrainParams.
#include <QString>
#include <QStringList>
#include <QWidget>

#include <map>

#include <nlohmann/json.hpp>

#include "train/trainer.h"
#include "ui/corpus/corpusdocument.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace mizan::ui {

// Training examples a corpus offers per task ("targets", "sentiment", "categories" (sentences
// with a category), "target_categories" (targets with one; both only with two categories or
// more, as the trainer decides), "ner").
std::map<std::string, std::size_t> taskCounts(const Corpus &corpus);

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingForm(CorpusDocument *document, QWidget *parent = nullptr);

    // The run the form describes. On a problem (no task, bad encoder folder, no output
    // folder...) returns false and sets `error`. The open corpus is written to a snapshot
    // file in the output folder when it has unsaved changes or no file.
    bool params(TrainParams &out, QString &error) const;

    // Loads a preset by name ("fast", "default", "thorough") into the knobs.
    bool applyPreset(const QString &name);
    // Loads a preset JSON file (any model size and optimisation settings); it then shows as
    // the preset choice. False with the parser's message (file, line, column) in `error`.
    bool applyPresetFile(const QString &path, QString *error = nullptr);
    QString presetName() const;
    void setOutputFolder(const QString &dir);
    QString outputFolder() const;
    void setEncoderFolder(const QString &dir);  // empty: built-in
    void setMaxSteps(int steps);
    void setEpochs(int epochs);
    void setBatchSize(int size);
    void addCorpusFile(const QString &path);
    // Whether the task's checkbox is there, enabled and ticked.
    bool taskChecked(const QString &task) const;
    void setTaskChecked(const QString &task, bool checked);
    // The encoder check's message (empty for the built-in encoder).
    QString encoderMessage() const;
    bool encoderValid() const { return m_encoderValid; }
    // The device combo; its CUDA entry is disabled (with the reason as tooltip) when unusable.
    QComboBox *deviceCombo() const { return m_device; }
    // A short description of the settings (for the run list).
    nlohmann::json settingsJson() const;

    // The folder presets are read from (resources/presets), "" when not found.
    static QString presetsFolder();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void showPreset(const TrainPreset &preset, int comboIndex);
    void retranslate();
    void refreshTasks();
    void checkEncoder();
    void chooseEncoderFolder();
    void chooseOutputFolder();
    void chooseCorpusFile();

    CorpusDocument *m_document;
    TrainPreset m_preset;
    std::map<QString, std::map<std::string, std::size_t>> m_extraCounts;  // extra file -> task counts
    QStringList m_extraFiles;
    QStringList m_reading;  // extra files still being read
    bool m_encoderValid = true;

    QListWidget *m_corpora = nullptr;
    QPushButton *m_addCorpus = nullptr;
    QPushButton *m_removeCorpus = nullptr;
    std::map<QString, QCheckBox *> m_tasks;
    QLabel *m_taskHint = nullptr;
    QComboBox *m_encoderKind = nullptr;
    QLineEdit *m_encoderDir = nullptr;
    QPushButton *m_encoderBrowse = nullptr;
    QLabel *m_encoderStatus = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QPushButton *m_presetFile = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_lr = nullptr;
    QDoubleSpinBox *m_maxMinutes = nullptr;
    QSpinBox *m_maxSteps = nullptr;
    QComboBox *m_sampling = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_devFraction = nullptr;
    QLineEdit *m_outDir = nullptr;
    QPushButton *m_outBrowse = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace mizan::ui
