#include "document/diagnostic_list_model.h"

#include "document/diagnostic_presentation.h"
#include "text/untrusted_text.h"

#include <QCoreApplication>

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
    connect(document, &ConfigDocument::diagnosticsChanged, this, [this] {
        beginResetModel();
        m_diagnostics = m_document->diagnostics();
        endResetModel();
    });
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
        return index.column() == SeverityColumn ? QVariant(severityIcon(diagnostic.severity()))
                                                : QVariant();
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
