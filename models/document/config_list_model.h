#pragma once

#include "document/config_document.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace engage {

// The shared half of the table models over one list of a ConfigDocument: follows the
// document's row signals with the matching begin/end calls, turns removal and reordering
// into undoable document edits, and marks cells that have diagnostics (an icon, never colour
// alone, with the messages as tooltip and accessible description).
class ConfigListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ConfigListModel(ConfigDocument* document, ConfigList list, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    ConfigList list() const { return m_list; }
    // The JSON Pointer of a cell, e.g. "/extra_values_mapping/3/key".
    QString pathOf(const QModelIndex& index) const;
    // The cell a diagnostic path points at (its row and the column of its member); invalid
    // when the path is not in this list.
    QModelIndex indexOfPath(const QString& path) const;

protected:
    // The file member shown in a column, e.g. "key"; empty for a column that shows the row
    // as a whole (its diagnostics are those of any member).
    virtual QString memberOfColumn(int column) const = 0;
    // Decoration, tooltip and accessible description of a cell from its diagnostics;
    // an invalid QVariant when the cell has none for that role.
    QVariant diagnosticData(const QModelIndex& index, int role) const;
    ConfigDocument* document() const { return m_document; }

private:
    void onDiagnosticsChanged();

    QPointer<ConfigDocument> m_document;
    ConfigList m_list;
};

} // namespace engage
