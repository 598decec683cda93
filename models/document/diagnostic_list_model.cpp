#include "document/diagnostic_list_model.h"

#include "document/diagnostic_presentation.h"
#include "text/untrusted_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace engage {

namespace {

QString memberInWords(const QString& member)
{
    static const struct
    {
        const char* member;
        const char* words;
    } names[] = {
        {"key", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "key")},
        {"field", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "destination field")},
        {"label", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "label")},
        {"type", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "type")},
        {"regex", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "regex")},
        {"id", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "key ID")},
        {"algorithm", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "algorithm")},
        {"secret", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "secret")},
        {"public_key", QT_TRANSLATE_NOOP("engage::DiagnosticListModel", "public key")},
    };
    for (const auto& name : names) {
        if (member == QLatin1String(name.member))
            return QCoreApplication::translate("engage::DiagnosticListModel", name.words);
    }
    return UntrustedText::forDisplay(member);
}

} // namespace

QString describeLocation(const QString& path, const CommunityConfig& config)
{
    if (path.isEmpty())
        return DiagnosticListModel::tr("The whole file");
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    const QString& top = parts.first();
    bool isNumber = false;
    const int row = parts.size() > 1 ? parts.at(1).toInt(&isNumber) : -1;
    const QString member = parts.size() > 2 ? memberInWords(parts.at(2)) : QString();
    auto withMember = [&member](const QString& place) {
        return member.isEmpty() ? place : DiagnosticListModel::tr("%1, %2").arg(place, member);
    };
    if (top == QLatin1String("signed_identities"))
        return DiagnosticListModel::tr("Signed identities");
    if (top == QLatin1String("community"))
        return DiagnosticListModel::tr("Community");
    if (top == QLatin1String("extra_values_mapping") && isNumber)
        return withMember(DiagnosticListModel::tr("Mapping row %1").arg(row + 1));
    if (top == QLatin1String("custom_fields") && isNumber)
        return withMember(DiagnosticListModel::tr("Custom field %1").arg(row + 1));
    if (top == QLatin1String("jwt_keys") && isNumber) {
        const bool named = row < config.jwtKeys.size() && !config.jwtKeys.at(row).id.isEmpty();
        return withMember(named ? DiagnosticListModel::tr("JWT key \u201c%1\u201d")
                                      .arg(UntrustedText::forDisplay(config.jwtKeys.at(row).id))
                                : DiagnosticListModel::tr("JWT key %1").arg(row + 1));
    }
    return UntrustedText::forDisplay(path);
}

DiagnosticListModel::DiagnosticListModel(ConfigDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_diagnostics(document->diagnostics())
{
    connect(document, &ConfigDocument::diagnosticsChanged, this,
            &DiagnosticListModel::showDiagnostics);
}

void DiagnosticListModel::showDiagnostics()
{
    // Only the lines that changed are told to the view: a reset of ten thousand lines makes
    // the view measure them all again, after every keystroke. An edit changes a run of lines,
    // between a common beginning and a common end.
    const Diagnostics& next = m_document->diagnostics();
    const qsizetype shorter = std::min(m_diagnostics.size(), next.size());
    qsizetype first = 0;
    while (first < shorter && m_diagnostics.at(first) == next.at(first))
        ++first;
    qsizetype commonEnd = 0;
    while (commonEnd < shorter - first && m_diagnostics.at(m_diagnostics.size() - 1 - commonEnd) ==
                                              next.at(next.size() - 1 - commonEnd))
        ++commonEnd;
    const int oldChanged = int(m_diagnostics.size() - first - commonEnd);
    const int newChanged = int(next.size() - first - commonEnd);
    const int begin = int(first);
    // The lines both lists have there are replaced in place, then the rest are added or taken.
    const int replaced = std::min(oldChanged, newChanged);
    if (replaced > 0) {
        for (int row = begin; row < begin + replaced; ++row)
            m_diagnostics[row] = next.at(row);
        emit dataChanged(index(begin, 0), index(begin + replaced - 1, ColumnCount - 1));
    }
    if (newChanged > oldChanged) {
        beginInsertRows({}, begin + oldChanged, begin + newChanged - 1);
        m_diagnostics = next;
        endInsertRows();
    } else if (newChanged < oldChanged) {
        beginRemoveRows({}, begin + newChanged, begin + oldChanged - 1);
        m_diagnostics = next;
        endRemoveRows();
    }

    // A key's diagnostics are located by its ID, which can change without them.
    QStringList keyIds;
    for (const JwtKey& key : m_document->config().jwtKeys)
        keyIds.append(key.id);
    if (keyIds == m_keyIds)
        return;
    m_keyIds = keyIds;
    const QString keysPath = jsonPointerOf(ConfigList::JwtKeys) + QLatin1Char('/');
    for (int row = 0; row < rowCount(); ++row) {
        if (m_diagnostics.at(row).path.startsWith(keysPath))
            emit dataChanged(index(row, LocationColumn), index(row, LocationColumn));
    }
}

int DiagnosticListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Diagnostic& diagnostic = m_diagnostics.at(index.row());
    switch (role) {
    case PathRole:
        return diagnostic.path;
    case CodeRole:
        return diagnosticCodeName(diagnostic.code);
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        return diagnostic.severity() == Severity::Error ? m_errorIcon : m_warningIcon;
    case Qt::DisplayRole:
        return cellText(diagnostic, index.column());
    case Qt::ToolTipRole:
        return plainTextToolTip(cellText(diagnostic, index.column()));
    default:
        return {};
    }
}

QString DiagnosticListModel::cellText(const Diagnostic& diagnostic, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityLabel(diagnostic.severity());
    case MessageColumn:
        return diagnostic.message;
    default:
        return describeLocation(diagnostic.path, m_document->config());
    }
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    default:
        return tr("Location");
    }
}

} // namespace engage
