#include "conflict_dialog.h"

#include "changes_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace engage {

ConflictDialog::ConflictDialog(const QString& explanation, const QList<SettingsConflict>& conflicts,
                               const SettingsChanges& toServer, const SettingsChanges& fromServer,
                               QWidget* parent)
    : QDialog(parent), m_conflicts(conflicts)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("The Remote Settings Changed"));
    resize(800, 480);

    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("changesExplanation"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    auto* table = new QTableWidget(int(conflicts.size()), 5, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setAccessibleName(tr("Items changed both on the server and in this configuration"));
    table->setHorizontalHeaderLabels({tr("Item"), tr("When pulled"), tr("Theirs (the server now)"),
                                      tr("Yours (this configuration)"), tr("Keep")});
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes from the table to each item's choice and on to the buttons, rather than from
    // cell to cell without ever leaving the table.
    table->setTabKeyNavigation(false);
    for (int row = 0; row < conflicts.size(); ++row) {
        const SettingsConflict& conflict = conflicts[row];
        const QStringList cells{SettingsChangeText::entityTitle(conflict.entity), conflict.base,
                                conflict.theirs, conflict.yours};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
        auto* choice = new QComboBox(table);
        choice->setObjectName(QStringLiteral("conflictChoice_%1").arg(row));
        choice->setAccessibleName(
            tr("Version of %1 to push").arg(SettingsChangeText::entityTitle(conflict.entity)));
        choice->addItem(tr("Keep theirs"), int(ConflictChoice::Theirs));
        choice->addItem(tr("Use yours"), int(ConflictChoice::Yours));
        table->setCellWidget(row, 4, choice);
        m_choices.append(choice);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* tableLabel = new QLabel(tr("&Changed on both sides:"), this);
    tableLabel->setBuddy(table);

    auto* merged = new QListWidget(this);
    merged->setObjectName(QStringLiteral("changesList"));
    merged->setAccessibleName(tr("Changes merged without conflict"));
    ChangesDialog::addSection(merged, tr("Your changes, sent to the server:"), toServer);
    ChangesDialog::addSection(
        merged, tr("Changed on the server since the pull, merged into this configuration:"),
        fromServer);
    auto* mergedLabel = new QLabel(tr("&Merged without conflict:"), this);
    mergedLabel->setBuddy(merged);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    addChoice(buttons, tr("&Reload the Remote Settings"), QStringLiteral("reloadButton"),
              Choice::Reload);
    addChoice(buttons, tr("&Push with These Choices"), QStringLiteral("pushButton"), Choice::Push);
    // Return pushes the choices made, as the explanation asks; it never reloads, which would
    // replace every item of this configuration at one key press.
    buttons->findChild<QPushButton*>(QStringLiteral("reloadButton"))->setAutoDefault(false);
    buttons->findChild<QPushButton*>(QStringLiteral("pushButton"))->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { emit chosen(Choice::Cancel); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(tableLabel);
    layout->addWidget(table, 2);
    layout->addWidget(mergedLabel);
    layout->addWidget(merged, 1);
    layout->addWidget(buttons);
}

QHash<QString, ConflictChoice> ConflictDialog::choices() const
{
    QHash<QString, ConflictChoice> chosen;
    for (int row = 0; row < m_conflicts.size(); ++row)
        chosen.insert(m_conflicts[row].entity.key(),
                      ConflictChoice(m_choices[row]->currentData().toInt()));
    return chosen;
}

void ConflictDialog::addChoice(QDialogButtonBox* buttons, const QString& text,
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
