#include "mapping_key_delegate.h"

#include "document/config_document.h"
#include "field_feedback.h"

#include <QAbstractProxyModel>
#include <QLineEdit>
#include <QPersistentModelIndex>

#include <memory>

namespace engage {

namespace {

// The row in the file: the view may show the mapping sorted or filtered, through a proxy.
int fileRow(const QModelIndex& index)
{
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model());
    return proxy ? proxy->mapToSource(index).row() : index.row();
}

} // namespace

MappingKeyDelegate::MappingKeyDelegate(ConfigDocument* document, QObject* parent)
    : QStyledItemDelegate(parent), m_document(document)
{
}

QWidget* MappingKeyDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("mappingKeyEdit"));
    edit->setAccessibleName(tr("Extra value key"));
    edit->setFrame(false);
    // Owned by the connection, so by the editor: both go when the editor closes.
    const auto feedback = std::make_shared<FieldFeedback>(edit, nullptr);
    const QPersistentModelIndex cell(index);
    connect(edit, &QLineEdit::textChanged, edit, [this, feedback, cell](const QString& key) {
        if (cell.isValid())
            feedback->show(m_document->mappingKeyDiagnostics(fileRow(cell), key));
    });
    // The key as it is, before any keystroke: an empty key is a problem from the start, but a
    // new row's only says what is to fill in until it is typed in.
    const int row = fileRow(index);
    feedback->show(m_document->mappingKeyDiagnostics(row, index.data(Qt::EditRole).toString()),
                   m_document->isToFillIn(ConfigList::ExtraValuesMapping, row)
                       ? DiagnosticTone::ToFillIn
                       : DiagnosticTone::Problem);
    return edit;
}

void MappingKeyDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QLineEdit*>(editor)->setText(index.data(Qt::EditRole).toString());
}

void MappingKeyDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    model->setData(index, static_cast<QLineEdit*>(editor)->text(), Qt::EditRole);
}

} // namespace engage
