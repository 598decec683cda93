#pragma once

#include "config/community_config.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace engage {

// File > Export Integration Kit (docs/engagectl.md kit, engage-admin(1)): which key, which format,
// whether the HS256 secret goes in (off unless ticked), then where to save. The kit is built by the
// core (models/kit) and written atomically; an error keeps the dialog open and says why.
class IntegrationKitDialog : public QDialog
{
    Q_OBJECT

public:
    // `keyId` preselects a key; the first key when empty or unknown.
    IntegrationKitDialog(const CommunityConfig& config, const QString& keyId,
                         QWidget* parent = nullptr);

signals:
    // The kit was written; `path` is absolute, `keyId` the key it is for.
    void exported(const QString& path, const QString& keyId);

private:
    void updateSecretChoice();
    void exportKit();
    void showError(const QString& message);

    CommunityConfig m_config;
    QComboBox* m_key;
    QComboBox* m_format;
    QCheckBox* m_includeSecret;
    QLabel* m_secretWarning;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// The entry point for the main window and the rotation guide: opens the dialog for `config`
// with `keyId` preselected (window-modal, deleted on close) and returns it, so that the
// caller can connect to exported().
IntegrationKitDialog* exportIntegrationKit(QWidget* parent, const CommunityConfig& config,
                                           const QString& keyId = QString());

} // namespace engage
