#include "ui/playground/suggestionsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/annotate/renderings.h"

namespace mizan::ui {

SuggestionsDialog::SuggestionsDialog(const std::vector<std::pair<SentenceRef, Sentence>> &suggestions, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Pre-annotation suggestions"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The model suggests these annotations. Untick the ones to reject; the rest are "
                                    "added (one undo step) for you to review."),
                                 this));
    for (const auto &[ref, sentence] : suggestions) {
        QStringList spans;
        for (const Opinion &o : sentence.opinions)
            spans << QStringLiteral("[%1] %2").arg(QString::fromStdString(o.target), polarityText(o.polarity));
        for (const EntitySpan &e : sentence.entities)
            spans << QStringLiteral("%1 (%2-%3)").arg(QString::fromStdString(e.label)).arg(e.start).arg(e.end);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  %2\n    %3")
                                    .arg(QString::fromStdString(sentence.id), QString::fromStdString(sentence.text),
                                         spans.isEmpty() ? tr("(nothing found)") : spans.join(QStringLiteral("; "))),
                                m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(spans.isEmpty() ? Qt::Unchecked : Qt::Checked);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Accept ticked"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Reject all"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

QList<int> SuggestionsDialog::accepted() const
{
    QList<int> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << i;
    return out;
}

} // namespace mizan::ui
