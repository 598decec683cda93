#include "changes_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

ChangesDialog::ChangesDialog(Purpose purpose, const ConfigChanges& changes,
                             const QString& explanation, QWidget* parent)
    : QDialog(parent)
{
    const bool conflict = purpose == Purpose::Conflict;
    setObjectName(conflict ? QStringLiteral("conflictDialog")
                           : QStringLiteral("pushPreviewDialog"));
    setWindowTitle(conflict ? tr("The Remote Settings Changed") : tr("Push the Settings"));
    resize(640, 400);

    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("changesExplanation"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("changesList"));
    list->setAccessibleName(tr("Differences between the remote settings and this configuration"));
    for (const ConfigChange& change : changes)
        list->addItem(ConfigDiff::describe(change));
    if (changes.isEmpty())
        list->addItem(tr("No differences."));
    auto* listLabel = new QLabel(tr("&Differences (remote value first):"), this);
    listLabel->setBuddy(list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    if (conflict) {
        addChoice(buttons, tr("&Reload the Remote Settings"), QStringLiteral("reloadButton"),
                  Choice::Reload);
        addChoice(buttons, tr("&Overwrite\u2026"), QStringLiteral("overwriteButton"),
                  Choice::Overwrite);
    } else {
        addChoice(buttons, tr("&Push"), QStringLiteral("pushButton"), Choice::Push);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { emit chosen(Choice::Cancel); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(listLabel);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
}

void ChangesDialog::addChoice(QDialogButtonBox* buttons, const QString& text,
                              const QString& objectName, Choice choice)
{
    QPushButton* button = buttons->addButton(text, QDialogButtonBox::AcceptRole);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [this, choice] {
        accept();
        emit chosen(choice);
    });
}

} // namespace engage
