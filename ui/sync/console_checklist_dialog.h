#pragma once

#include "config/community_config.h"

#include <QDialog>

#include <chrono>

class QCheckBox;
class QLabel;
class QScrollArea;

namespace engage {

// Sync > Console checklist (docs/engagectl.md checklist, docs/api.md): the steps to enter the
// configuration in the Engage admin console, for a server without the settings extension, with one
// Copy button per value. Secrets show as fingerprints unless the person reveals them; a copied
// secret is cleared from the clipboard after a while if it is still there. Works offline.
class ConsoleChecklistDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultSecretClearDelay{30 * 1000};

    // `errorCount`: the configuration's validation errors, which the console would refuse.
    ConsoleChecklistDialog(const CommunityConfig& config, int errorCount,
                           QWidget* parent = nullptr);

    // For tests: how long a copied secret stays on the clipboard.
    void setSecretClearDelay(std::chrono::milliseconds delay) { m_secretClearDelay = delay; }

private:
    void showSteps();
    void copy(const QString& label, const QString& value, bool isSecret);

    CommunityConfig m_config;
    QCheckBox* m_showSecrets;
    QScrollArea* m_scroll;
    QLabel* m_status;
    std::chrono::milliseconds m_secretClearDelay = defaultSecretClearDelay;
};

} // namespace engage
