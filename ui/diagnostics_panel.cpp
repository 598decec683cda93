#include "diagnostics_panel.h"

#include "document/config_document.h"
#include "document/diagnostic_list_model.h"
#include "table_filter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace engage {

QString diagnosticsSummary(int errors, int warnings)
{
    if (errors == 0 && warnings == 0)
        return DiagnosticsPanel::tr("No problem found.");
    return DiagnosticsPanel::tr("%1, %2.")
        .arg(DiagnosticsPanel::tr("%n error(s)", nullptr, errors),
             DiagnosticsPanel::tr("%n warning(s)", nullptr, warnings));
}

DiagnosticsPanel::DiagnosticsPanel(ConfigDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new DiagnosticListModel(document, this)),
      m_summary(new QLabel(this)), m_view(new QTreeView(this))
{
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_view->setObjectName(QStringLiteral("diagnosticsView"));
    m_view->setAccessibleName(tr("Diagnostics"));
    m_filter = new TableFilter(m_view, m_model, tr("Filter the diagnostics"), this);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::MessageColumn,
                                           QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::LocationColumn,
                                           QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter, 1);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit pathActivated(index.data(DiagnosticListModel::PathRole).toString());
    });
    connect(document, &ConfigDocument::diagnosticsChanged, this,
            &DiagnosticsPanel::updateSummary);
    updateSummary();
}

QLineEdit* DiagnosticsPanel::filter() const
{
    return m_filter->edit();
}

void DiagnosticsPanel::updateSummary()
{
    const Diagnostics& diagnostics = m_document->diagnostics();
    m_summary->setText(diagnosticsSummary(countOf(diagnostics, Severity::Error),
                                          countOf(diagnostics, Severity::Warning)));
}

} // namespace engage
