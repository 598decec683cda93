#include "document/config_list_model.h"

#include "document/diagnostic_presentation.h"
#include "json/json_pointer.h"

namespace engage {

ConfigListModel::ConfigListModel(ConfigDocument* document, ConfigList list, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_list(list)
{
    connect(document, &ConfigDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &ConfigDocument::resetDone, this, [this] { endResetModel(); });
    connect(document, &ConfigDocument::rowsAboutToBeInserted, this,
            [this](ConfigList changed, int first, int last) {
                if (changed == m_list)
                    beginInsertRows({}, first, last);
            });
    connect(document, &ConfigDocument::rowsInserted, this, [this](ConfigList changed) {
        if (changed == m_list)
            endInsertRows();
    });
    connect(document, &ConfigDocument::rowsAboutToBeRemoved, this,
            [this](ConfigList changed, int first, int last) {
                if (changed == m_list)
                    beginRemoveRows({}, first, last);
            });
    connect(document, &ConfigDocument::rowsRemoved, this, [this](ConfigList changed) {
        if (changed == m_list)
            endRemoveRows();
    });
    connect(document, &ConfigDocument::rowAboutToBeMoved, this,
            [this](ConfigList changed, int from, int to) {
                // QList::move(from, to) puts the row at index `to`; Qt's destination is the
                // row it goes before, in the numbering before the move.
                if (changed == m_list)
                    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            });
    connect(document, &ConfigDocument::rowMoved, this, [this](ConfigList changed) {
        if (changed == m_list)
            endMoveRows();
    });
    connect(document, &ConfigDocument::rowChanged, this, [this](ConfigList changed, int row) {
        if (changed == m_list)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(document, &ConfigDocument::diagnosticsChanged, this,
            &ConfigListModel::onDiagnosticsChanged);
}

int ConfigListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->rowCount(m_list);
}

bool ConfigListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    m_document->removeRows(m_list, row, count);
    return true;
}

bool ConfigListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                               const QModelIndex& destinationParent, int destinationChild)
{
    // One row at a time, as the Move up / Move down actions do.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    m_document->moveRow(m_list, sourceRow, to);
    return true;
}

QString ConfigListModel::pathOf(const QModelIndex& index) const
{
    const QString rowPath = jsonPointerAppend(jsonPointerOf(m_list), index.row());
    const QString member = memberOfColumn(index.column());
    return member.isEmpty() ? rowPath : rowPath + QLatin1Char('/') + member;
}

QModelIndex ConfigListModel::indexOfPath(const QString& path) const
{
    const QString listPath = jsonPointerOf(m_list) + QLatin1Char('/');
    if (!path.startsWith(listPath))
        return {};
    const QStringList rest = path.mid(listPath.size()).split(QLatin1Char('/'));
    bool isNumber = false;
    const int row = rest.first().toInt(&isNumber);
    if (!isNumber || row < 0 || row >= rowCount())
        return {};
    const QString member = rest.size() > 1 ? rest.at(1) : QString();
    for (int column = 0; column < columnCount(); ++column) {
        if (memberOfColumn(column) == member)
            return index(row, column);
    }
    return index(row, 0);
}

QVariant ConfigListModel::diagnosticData(const QModelIndex& index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ToolTipRole &&
        role != Qt::AccessibleDescriptionRole)
        return {};
    // A column showing a whole row (the key list) reports the diagnostics of all its members.
    const Diagnostics found = m_document->diagnosticIndex().atOrBelow(pathOf(index));
    if (found.isEmpty())
        return {};
    const DiagnosticTone tone = m_document->isToFillIn(m_list, index.row())
                                    ? DiagnosticTone::ToFillIn
                                    : DiagnosticTone::Problem;
    if (role == Qt::DecorationRole)
        return diagnosticsIcon(found, tone);
    const QString messages = joinedMessages(found, tone);
    return role == Qt::ToolTipRole ? plainTextToolTip(messages) : messages;
}

void ConfigListModel::onDiagnosticsChanged()
{
    // Any change may change how other rows read: their diagnostics, or the label of a custom
    // field they map to. A view repaints only the rows it shows, so one signal over the whole
    // table is cheap even with ten thousand rows.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace engage
