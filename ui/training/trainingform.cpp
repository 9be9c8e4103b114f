#include "ui/training/trainingform.h"

#include "common/resources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

#include <set>

#include "corpus/corpusio.h"
#include "tasks/categorytask.h"
#include "ui/common/bidi.h"
#include "ui/common/backgroundtask.h"
#include "ui/training/deviceprobe.h"
#include "ui/training/displaynames.h"
#include "ui/training/encodercheck.h"

namespace mizan::ui {

namespace {

// In the order of the CLI's `mizan train --tasks` help: the category tasks are offered when the
// corpus has two categories or more, as core's availableTasks() decides for the CLI.
const char *const kTaskNames[] = {"targets", "sentiment", kCategoriesTask, kTargetCategoriesTask, "ner"};

const char *const kFormLabels[] = {
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Encoder"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Folder"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Preset"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Epochs"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Batch size"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Learning rate"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Max minutes"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Stop after steps"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Sampling"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Device"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Threads"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Seed"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Dev share"),
    QT_TRANSLATE_NOOP("mizan::ui::TrainingForm", "Output folder"),
};

QString taskTitle(const std::string &task)
{
    if (task == "targets")
        return QCoreApplication::translate("mizan::ui::TrainingForm", "Opinion targets (tagging)");
    if (task == "sentiment")
        return QCoreApplication::translate("mizan::ui::TrainingForm", "Target sentiment");
    if (task == kCategoriesTask)
        return QCoreApplication::translate("mizan::ui::TrainingForm", "Aspect categories of each sentence");
    if (task == kTargetCategoriesTask)
        return QCoreApplication::translate("mizan::ui::TrainingForm", "Category of each target");
    return QCoreApplication::translate("mizan::ui::TrainingForm", "Named entities");
}

} // namespace

std::map<std::string, std::size_t> taskCounts(const Corpus &corpus)
{
    std::map<std::string, std::size_t> counts;
    for (const Document &d : corpus.documents)
        for (const Sentence &s : d.sentences) {
            bool categorised = false;
            for (const Opinion &o : s.opinions) {
                categorised = categorised || !o.category.empty();
                if (!o.isNull && o.to > o.from) {
                    ++counts["targets"];
                    if (o.polarity != Polarity::None)
                        ++counts["sentiment"];
                    if (!o.category.empty())
                        ++counts[kTargetCategoriesTask];
                }
            }
            counts[kCategoriesTask] += categorised ? 1 : 0;
            counts["ner"] += s.entities.size();
        }
    // The category tasks only where the trainer offers them (two categories or more).
    std::set<std::string> offered;
    for (const auto &task : availableTasks(corpus))
        offered.insert(task.first);
    for (const char *task : {kCategoriesTask, kTargetCategoriesTask})
        if (!offered.count(task))
            counts.erase(task);
    for (auto it = counts.begin(); it != counts.end();)
        it = it->second == 0 ? counts.erase(it) : std::next(it);
    return counts;
}

QString TrainingForm::presetsFolder()
{
    const std::string preset = findResource("presets/default.json");
    return preset.empty() ? QString() : QFileInfo(QString::fromStdString(preset)).absolutePath();
}

TrainingForm::TrainingForm(CorpusDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    buildUi();
    retranslate();
    applyPreset(QStringLiteral("fast"));
    refreshTasks();
    connect(m_document, &CorpusDocument::corpusReset, this, &TrainingForm::refreshTasks);
    connect(m_document, &CorpusDocument::contentChanged, this, &TrainingForm::refreshTasks);
}

void TrainingForm::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Corpora and the tasks they feed.
    auto *dataGroup = new QGroupBox(this);
    dataGroup->setObjectName(QStringLiteral("dataGroup"));
    auto *dataLayout = new QVBoxLayout(dataGroup);
    m_corpora = new QListWidget(dataGroup);
    m_corpora->setObjectName(QStringLiteral("corpusList"));
    m_corpora->setMaximumHeight(72);
    dataLayout->addWidget(m_corpora);
    auto *corpusButtons = new QHBoxLayout;
    m_addCorpus = new QPushButton(dataGroup);
    m_removeCorpus = new QPushButton(dataGroup);
    corpusButtons->addWidget(m_addCorpus);
    corpusButtons->addWidget(m_removeCorpus);
    corpusButtons->addStretch();
    dataLayout->addLayout(corpusButtons);
    for (const char *task : kTaskNames) {
        auto *box = new QCheckBox(dataGroup);
        box->setObjectName(QStringLiteral("task_") + QLatin1String(task));
        box->setEnabled(false);  // until a corpus offers the task: refreshTasks() then ticks it
        m_tasks[QLatin1String(task)] = box;
        dataLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &TrainingForm::changed);
    }
    m_taskHint = new QLabel(dataGroup);
    m_taskHint->setWordWrap(true);
    dataLayout->addWidget(m_taskHint);
    outer->addWidget(dataGroup);
    connect(m_addCorpus, &QPushButton::clicked, this, &TrainingForm::chooseCorpusFile);
    connect(m_removeCorpus, &QPushButton::clicked, this, [this] {
        const int row = m_corpora->currentRow();
        if (row <= 0)  // row 0 is the open corpus
            return;
        const QString path = m_extraFiles.value(row - 1);
        m_extraFiles.removeAt(row - 1);
        m_extraCounts.erase(path);
        refreshTasks();
    });

    auto *form = new QFormLayout;
    auto addRow = [&](int labelIndex, QWidget *field) {
        auto *label = new QLabel(this);
        label->setProperty("sourceText", QString::fromLatin1(kFormLabels[labelIndex]));
        m_labels << label;
        form->addRow(label, field);
    };
    m_encoderKind = new QComboBox(this);
    m_encoderKind->setObjectName(QStringLiteral("encoderKind"));
    m_encoderKind->addItems({QString(), QString()});
    addRow(0, m_encoderKind);
    auto *encoderRow = new QWidget(this);
    auto *encoderLayout = new QHBoxLayout(encoderRow);
    encoderLayout->setContentsMargins(0, 0, 0, 0);
    m_encoderDir = new QLineEdit(encoderRow);
    m_encoderDir->setObjectName(QStringLiteral("encoderFolder"));
    m_encoderBrowse = new QPushButton(encoderRow);
    encoderLayout->addWidget(m_encoderDir, 1);
    encoderLayout->addWidget(m_encoderBrowse);
    addRow(1, encoderRow);
    m_encoderStatus = new QLabel(this);
    m_encoderStatus->setObjectName(QStringLiteral("encoderStatus"));
    m_encoderStatus->setWordWrap(true);
    form->addRow(m_encoderStatus);
    connect(m_encoderKind, &QComboBox::currentIndexChanged, this, &TrainingForm::checkEncoder);
    connect(m_encoderDir, &QLineEdit::editingFinished, this, &TrainingForm::checkEncoder);
    connect(m_encoderBrowse, &QPushButton::clicked, this, &TrainingForm::chooseEncoderFolder);

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("preset"));
    for (const char *p : {"fast", "default", "thorough"})
        m_presetCombo->addItem(QString(), QLatin1String(p));
    auto *presetRow = new QWidget(this);
    auto *presetLayout = new QHBoxLayout(presetRow);
    presetLayout->setContentsMargins(0, 0, 0, 0);
    m_presetFile = new QPushButton(presetRow);
    presetLayout->addWidget(m_presetCombo, 1);
    presetLayout->addWidget(m_presetFile);
    addRow(2, presetRow);
    connect(m_presetFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Preset file"), presetsFolder(), tr("Presets (*.json)"));
        QString error;
        if (!path.isEmpty() && !applyPresetFile(path, &error))
            m_encoderStatus->setText(error);
    });
    connect(m_presetCombo, &QComboBox::activated, this, [this](int i) {
        const QString presetData = m_presetCombo->itemData(i).toString();
        if (presetData.endsWith(QLatin1String(".json")))
            applyPresetFile(presetData);
        else
            applyPreset(presetData);
    });

    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 1000);
    addRow(3, m_epochs);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 4096);
    addRow(4, m_batch);
    m_lr = new QDoubleSpinBox(this);
    m_lr->setDecimals(6);
    m_lr->setRange(1e-6, 1.0);
    m_lr->setSingleStep(1e-5);
    addRow(5, m_lr);
    m_maxMinutes = new QDoubleSpinBox(this);
    m_maxMinutes->setRange(0, 100000);
    m_maxMinutes->setDecimals(1);
    addRow(6, m_maxMinutes);
    m_maxSteps = new QSpinBox(this);
    m_maxSteps->setObjectName(QStringLiteral("maxSteps"));
    m_maxSteps->setRange(0, 100000000);
    addRow(7, m_maxSteps);
    m_sampling = new QComboBox(this);
    for (SamplingMode m : {SamplingMode::Proportional, SamplingMode::Temperature, SamplingMode::RoundRobin})
        m_sampling->addItem(QString(), QLatin1String(samplingModeName(m)));
    addRow(8, m_sampling);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("device"));
    for (const char *d : {"auto", "cpu", "cuda"})
        m_device->addItem(QString(), QLatin1String(d));
    const CudaStatus cuda = probeCuda();
    if (!cuda.available) {
        if (auto *model = qobject_cast<QStandardItemModel *>(m_device->model())) {
            QStandardItem *item = model->item(2);
            item->setEnabled(false);
            item->setToolTip(cuda.reason);
        }
        m_device->setToolTip(cuda.reason);
    }
    addRow(9, m_device);
    m_threads = new QSpinBox(this);
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_threads->setValue(1);
    addRow(10, m_threads);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(13);
    addRow(11, m_seed);
    m_devFraction = new QDoubleSpinBox(this);
    m_devFraction->setRange(0.05, 0.5);
    m_devFraction->setSingleStep(0.05);
    m_devFraction->setValue(0.1);
    addRow(12, m_devFraction);
    auto *outRow = new QWidget(this);
    auto *outLayout = new QHBoxLayout(outRow);
    outLayout->setContentsMargins(0, 0, 0, 0);
    m_outDir = new QLineEdit(outRow);
    m_outDir->setObjectName(QStringLiteral("outputFolder"));
    m_outBrowse = new QPushButton(outRow);
    outLayout->addWidget(m_outDir, 1);
    outLayout->addWidget(m_outBrowse);
    addRow(13, outRow);
    connect(m_outBrowse, &QPushButton::clicked, this, &TrainingForm::chooseOutputFolder);
    outer->addLayout(form);
    outer->addStretch();
}

void TrainingForm::retranslate()
{
    for (QLabel *label : std::as_const(m_labels))
        label->setText(tr(label->property("sourceText").toString().toLatin1().constData()));
    if (auto *group = findChild<QGroupBox *>(QStringLiteral("dataGroup")))
        group->setTitle(tr("Corpora and tasks"));
    m_addCorpus->setText(tr("Add corpus file..."));
    m_removeCorpus->setText(tr("Remove"));
    m_encoderKind->setItemText(0, tr("Built-in small model (trained from scratch)"));
    m_encoderKind->setItemText(1, tr("Hugging Face BERT folder"));
    m_encoderBrowse->setText(tr("Browse..."));
    m_presetFile->setText(tr("From file..."));
    m_outBrowse->setText(tr("Browse..."));
    m_presetCombo->setItemText(0, tr("Fast"));
    m_presetCombo->setItemText(1, tr("Default"));
    m_presetCombo->setItemText(2, tr("Thorough"));
    m_sampling->setItemText(0, tr("Proportional to size"));
    m_sampling->setItemText(1, tr("Temperature"));
    m_sampling->setItemText(2, tr("Round robin"));
    m_device->setItemText(0, tr("Auto"));
    m_device->setItemText(1, tr("CPU"));
    m_device->setItemText(2, tr("CUDA"));
    m_maxSteps->setSpecialValueText(tr("no limit"));
    m_maxMinutes->setSpecialValueText(tr("no limit"));
    m_outDir->setPlaceholderText(tr("Folder for checkpoints and the best model"));
    refreshTasks();
    checkEncoder();
}

void TrainingForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool TrainingForm::applyPreset(const QString &name)
{
    const QString dir = presetsFolder();
    Result<TrainPreset> preset = loadPreset(
        name.toStdString(), dir.isEmpty() ? std::vector<std::string>{} : std::vector<std::string>{dir.toStdString()});
    if (!preset)
        return false;
    showPreset(*preset, std::max(0, m_presetCombo->findData(name)));
    return true;
}

bool TrainingForm::applyPresetFile(const QString &path, QString *error)
{
    Result<TrainPreset> preset = loadPreset(path.toStdString(), {});
    if (!preset) {
        if (error)
            *error = QString::fromStdString(preset.error());
        return false;
    }
    int index = m_presetCombo->findData(path);
    if (index < 0) {
        m_presetCombo->addItem(QFileInfo(path).fileName(), path);
        index = m_presetCombo->count() - 1;
    }
    showPreset(*preset, index);
    return true;
}

void TrainingForm::showPreset(const TrainPreset &preset, int comboIndex)
{
    m_preset = preset;
    m_presetCombo->setCurrentIndex(comboIndex);
    m_epochs->setValue(m_preset.epochs);
    m_batch->setValue(m_preset.batchSize);
    m_lr->setValue(m_preset.encoderLr);
    m_maxMinutes->setValue(m_preset.maxMinutes);
    m_sampling->setCurrentIndex(std::max(0, m_sampling->findData(QLatin1String(samplingModeName(m_preset.sampling)))));
    Q_EMIT changed();
}

QString TrainingForm::presetName() const { return m_presetCombo->currentData().toString(); }
void TrainingForm::setOutputFolder(const QString &dir) { m_outDir->setText(dir); }
QString TrainingForm::outputFolder() const { return m_outDir->text().trimmed(); }
void TrainingForm::setMaxSteps(int steps) { m_maxSteps->setValue(steps); }
void TrainingForm::setEpochs(int epochs) { m_epochs->setValue(epochs); }
void TrainingForm::setBatchSize(int size) { m_batch->setValue(size); }

void TrainingForm::setEncoderFolder(const QString &dir)
{
    m_encoderDir->setText(dir);
    m_encoderKind->setCurrentIndex(dir.isEmpty() ? 0 : 1);
    checkEncoder();
}

QString TrainingForm::encoderMessage() const { return m_encoderStatus->text(); }

void TrainingForm::checkEncoder()
{
    const bool hf = m_encoderKind->currentIndex() == 1;
    m_encoderDir->setEnabled(hf);
    m_encoderBrowse->setEnabled(hf);
    if (!hf) {
        m_encoderValid = true;
        m_encoderStatus->setText(tr("A small BERT with a vocabulary learned from your corpora; no download needed."));
        m_encoderStatus->setStyleSheet(QString());
    } else {
        const EncoderCheck check = checkEncoderFolder(m_encoderDir->text().trimmed());
        m_encoderValid = check.ok;
        m_encoderStatus->setText(check.summary);
        // Green when usable, amber when usable with a warning (Farasa vocabulary), red when not.
        m_encoderStatus->setStyleSheet(!check.ok      ? QStringLiteral("color: #b00020;")
                                       : check.farasa ? QStringLiteral("color: #9a5b00;")
                                                      : QStringLiteral("color: #1b7a3a;"));
    }
    Q_EMIT changed();
}

void TrainingForm::chooseEncoderFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Hugging Face BERT folder"), m_encoderDir->text());
    if (!dir.isEmpty())
        setEncoderFolder(dir);
}

void TrainingForm::chooseOutputFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outDir->text());
    if (!dir.isEmpty())
        m_outDir->setText(dir);
}

void TrainingForm::chooseCorpusFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add a training corpus"), QString(),
                                     tr("Corpora (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        addCorpusFile(path);
}

void TrainingForm::addCorpusFile(const QString &path)
{
    if (m_extraFiles.contains(path))
        return;
    // Reading the file (off the GUI thread: it may be large) tells which tasks it feeds;
    // problems show in the list, not as a crash.
    m_extraFiles << path;
    m_extraCounts[path] = {};
    m_reading << path;
    refreshTasks();
    // A child: closing the form waits for the read (as the application waited for its pool).
    auto *task = new BackgroundTask<std::map<std::string, std::size_t>>(this);
    connect(task, &BackgroundTaskBase::finished, this, [this, task, path] {
        task->deleteLater();
        m_reading.removeAll(path);
        if (m_extraFiles.contains(path))
            m_extraCounts[path] = task->result();  // none when the read failed or threw
        refreshTasks();
    });
    task->start([path] {
        ImportResult r = importCorpus(path.toStdString());
        return r.ok ? taskCounts(r.corpus) : std::map<std::string, std::size_t>{};
    });
}

void TrainingForm::refreshTasks()
{
    std::map<std::string, QStringList> feeders;
    auto describe = [&](const QString &name, const std::map<std::string, std::size_t> &counts) {
        QStringList parts;
        for (const auto &[task, n] : counts) {
            parts << tr("%1: %2").arg(taskDisplayName(QString::fromStdString(task))).arg(qulonglong(n));
            feeders[task] << ltr(name);  // a file name: isolated in the Arabic text
        }
        return parts.isEmpty() ? tr("nothing to train on") : parts.join(QStringLiteral(", "));
    };
    m_corpora->clear();
    const QString openName = m_document->displayName();
    m_corpora->addItem(tr("%1 (open corpus) - %2").arg(openName, describe(openName, taskCounts(m_document->corpus()))));
    for (const QString &path : std::as_const(m_extraFiles)) {
        const QString name = QFileInfo(path).fileName();
        const auto counts = m_extraCounts[path];
        m_corpora->addItem(m_reading.contains(path) ? tr("%1 - reading...").arg(name)
                                                    : tr("%1 - %2").arg(name, describe(name, counts)));
    }
    for (const char *task : kTaskNames) {
        QCheckBox *box = m_tasks[QLatin1String(task)];
        const auto it = feeders.find(task);
        const bool available = it != feeders.end();
        box->setText(available ? tr("%1 (from %2)").arg(taskTitle(task), it->second.join(QStringLiteral(", ")))
                               : tr("%1 (no corpus has it)").arg(taskTitle(task)));
        if (!available)
            box->setChecked(false);
        else if (!box->isEnabled())
            box->setChecked(true);
        box->setEnabled(available);
    }
    m_taskHint->setText(feeders.empty() ? tr("Open or add a corpus with opinion targets (SemEval XML) or entities "
                                             "(CoNLL) to train.")
                                        : QString());
}

bool TrainingForm::taskChecked(const QString &task) const
{
    auto it = m_tasks.find(task);
    return it != m_tasks.end() && it->second->isEnabled() && it->second->isChecked();
}

void TrainingForm::setTaskChecked(const QString &task, bool checked)
{
    auto it = m_tasks.find(task);
    if (it != m_tasks.end())
        it->second->setChecked(checked);
}

nlohmann::json TrainingForm::settingsJson() const
{
    nlohmann::json tasks = nlohmann::json::array();
    for (const auto &[name, box] : m_tasks)
        if (box->isEnabled() && box->isChecked())
            tasks.push_back(name.toStdString());
    return {
        {"encoder", m_encoderKind->currentIndex() == 0 ? std::string("builtin") : m_encoderDir->text().toStdString()},
        {"preset", presetName().toStdString()},
        {"tasks", tasks},
        {"epochs", m_epochs->value()},
        {"batch_size", m_batch->value()},
        {"learning_rate", m_lr->value()},
        {"max_minutes", m_maxMinutes->value()},
        {"max_steps", m_maxSteps->value()},
        {"sampling", m_sampling->currentData().toString().toStdString()},
        {"device", m_device->currentData().toString().toStdString()},
        {"threads", m_threads->value()},
        {"seed", m_seed->value()}};
}

bool TrainingForm::params(TrainParams &p, QString &error) const
{
    const QString outDir = outputFolder();
    if (outDir.isEmpty()) {
        error = tr("Choose an output folder for the model.");
        return false;
    }
    if (!m_encoderValid) {
        error = tr("The encoder folder is not usable: %1").arg(m_encoderStatus->text());
        return false;
    }
    p = TrainParams{};
    for (const auto &[name, box] : m_tasks)
        if (box->isEnabled() && box->isChecked())
            p.tasks.push_back(name.toStdString());
    if (p.tasks.empty()) {
        error = tr("Tick at least one task.");
        return false;
    }
    if (!QDir().mkpath(outDir)) {
        error = tr("Cannot create the output folder %1.").arg(outDir);
        return false;
    }
    // The open corpus: its file when it is saved, else a snapshot of what is on screen.
    if (m_document->corpus().sentenceCount() > 0) {
        QString path = m_document->fileName();
        if (path.isEmpty() || m_document->isModified()) {
            const bool xml =
                m_document->format() == CorpusFormat::SemEvalXml || m_document->format() == CorpusFormat::Unknown;
            path = QDir(outDir).filePath(xml ? QStringLiteral("corpus-snapshot.xml")
                                             : QStringLiteral("corpus-snapshot.jsonl"));
            const Status st = m_document->exportTo(path, xml ? CorpusFormat::SemEvalXml : CorpusFormat::JsonlMizan);
            if (!st) {
                error = tr("Cannot write a snapshot of the open corpus: %1").arg(QString::fromStdString(st.message()));
                return false;
            }
        }
        p.trainCorpora.push_back(path.toStdString());
    }
    for (const QString &path : m_extraFiles)
        p.trainCorpora.push_back(path.toStdString());
    if (p.trainCorpora.empty()) {
        error = tr("There is no corpus to train on.");
        return false;
    }
    p.devFraction = m_devFraction->value();
    p.encoder =
        m_encoderKind->currentIndex() == 0 ? std::string("builtin") : m_encoderDir->text().trimmed().toStdString();
    p.preset = m_preset;
    p.preset.epochs = m_epochs->value();
    p.preset.batchSize = m_batch->value();
    overrideLearningRate(p.preset, m_lr->value());
    p.preset.maxMinutes = m_maxMinutes->value();
    if (auto mode = parseSamplingMode(m_sampling->currentData().toString().toStdString()))
        p.preset.sampling = *mode;
    p.outDir = outDir.toStdString();
    p.device = m_device->currentData().toString().toStdString();
    p.threads = m_threads->value();
    p.seed = std::uint64_t(m_seed->value());
    p.maxSteps = std::size_t(m_maxSteps->value());
    return true;
}

} // namespace mizan::ui
