#pragma once

#include <QStyledItemDelegate>

namespace engage {

class ConfigDocument;

// Edits a mapping row's extra value key in a line edit that shows the key's own problems
// (empty, white space, the key of another row) while it is typed, as FieldFeedback shows a
// field's: the severity icon inside the editor, the messages as its tooltip and accessible
// description. The row itself changes, and is validated with the rest, when the editor closes.
class MappingKeyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MappingKeyDelegate(ConfigDocument* document, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    ConfigDocument* m_document;
};

} // namespace engage
