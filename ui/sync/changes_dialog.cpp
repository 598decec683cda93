#include "changes_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

ChangesDialog::ChangesDialog(const QString& explanation, const SettingsChanges& toServer,
                             const SettingsChanges& fromServer, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pushPreviewDialog"));
    setWindowTitle(tr("Push the Settings"));
    resize(640, 400);

    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("changesExplanation"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("changesList"));
    list->setAccessibleName(tr("Changes of this push"));
    addSection(list, tr("Your changes, sent to the server:"), toServer);
    addSection(list, tr("Changed on the server since the pull, merged into this configuration:"),
               fromServer);
    auto* listLabel = new QLabel(tr("&Changes:"), this);
    listLabel->setBuddy(list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QPushButton* push = buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    push->setObjectName(QStringLiteral("pushButton"));
    connect(push, &QPushButton::clicked, this, [this] {
        accept();
        emit chosen(Choice::Push);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { emit chosen(Choice::Cancel); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(listLabel);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
}

void ChangesDialog::addSection(QListWidget* list, const QString& heading,
                               const SettingsChanges& changes)
{
    if (changes.isEmpty())
        return;
    // Long descriptions wrap instead of being cut off on the right.
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    auto* title = new QListWidgetItem(heading, list);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setFlags(Qt::ItemIsEnabled);
    for (const SettingsChange& change : changes)
        list->addItem(QStringLiteral("  ") + change.description);
}

} // namespace engage
