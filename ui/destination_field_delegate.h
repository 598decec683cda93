#pragma once

#include <QStyledItemDelegate>

namespace engage {

class ConfigDocument;

// Edits a mapping row's destination with a combo box of the predefined fields (by label) and
// the catalogue's custom fields. A value that names no field stays in the list as written,
// so that opening the editor never silently replaces it.
class DestinationFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DestinationFieldDelegate(ConfigDocument* document, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    ConfigDocument* m_document;
};

} // namespace engage
