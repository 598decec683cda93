#pragma once

#include "document/config_document.h"
#include "document/diagnostic_presentation.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>

namespace engage {

// Every diagnostic of a document, for the diagnostics panel: severity (icon and word),
// message, and where it is in words ("JWT key “prod”, secret"). PathRole gives the JSON
// Pointer, so that choosing a line can take the person to the field.
class DiagnosticListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, CodeRole };

    explicit DiagnosticListModel(ConfigDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void showDiagnostics();
    QString cellText(const Diagnostic& diagnostic, int column) const;

    QPointer<ConfigDocument> m_document;
    Diagnostics m_diagnostics;
    QStringList m_keyIds; // of the keys when their lines were last told to the view
    // Made once: an icon made for each painted line renders its SVG again, which was most of
    // a keystroke's time once the panel shows thousands of warnings.
    const QIcon m_errorIcon = severityIcon(Severity::Error);
    const QIcon m_warningIcon = severityIcon(Severity::Warning);
};

// Where a JSON Pointer of a configuration points, in words.
QString describeLocation(const QString& path, const CommunityConfig& config);

} // namespace engage
