#include "destination_field_delegate.h"

#include "document/config_document.h"

#include <QComboBox>

namespace engage {

DestinationFieldDelegate::DestinationFieldDelegate(ConfigDocument* document, QObject* parent)
    : QStyledItemDelegate(parent), m_document(document)
{
}

QWidget* DestinationFieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                                const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("destinationFieldCombo"));
    combo->setAccessibleName(tr("Destination field"));
    for (const DestinationField& field : destinationFields(m_document->config()))
        combo->addItem(field.label, field.value);
    return combo;
}

void DestinationFieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    int position = combo->findData(value);
    if (position < 0) {
        combo->insertItem(0, value.isEmpty() ? tr("(no field)") : value, value);
        position = 0;
    }
    combo->setCurrentIndex(position);
}

void DestinationFieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                            const QModelIndex& index) const
{
    const auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace engage
