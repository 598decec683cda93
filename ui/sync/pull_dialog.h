#pragma once

#include "api/api_error.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace engage {

class ApiClient;
class ApiCommand;
class SyncProgress;
struct CommunityConfig;
struct SyncRecord;

// Pull: lists every community of the server (pages load with progress), filtered as the
// person types, and pulls the chosen one. Both steps can be cancelled.
class PullDialog : public QDialog
{
    Q_OBJECT

public:
    PullDialog(std::shared_ptr<ApiClient> client, QWidget* parent = nullptr);
    ~PullDialog() override;

    // Starts listing the communities; call once, after connecting to the signals.
    void start();
    // Closing the dialog stops what it started, without a message.
    void done(int result) override;

signals:
    void pulled(const engage::CommunityConfig& config, const engage::SyncRecord& base);
    // The community was read but not every part (docs/api.md): the settings, on a server
    // without the settings extension (ApiErrorKind::ExtensionMissing), or the catalogue, when
    // the token may not read custom fields. `config` holds what was read (empty settings when
    // they were not); `unread` says why each part is missing, the settings first; `base` is
    // only meaningful when the settings were read.
    void partlyPulled(const engage::CommunityConfig& config, const engage::SyncRecord& base,
                      const QList<engage::ApiError>& unread);
    // A translated message, for the window's banner.
    void failed(const QString& message);

private:
    void listed();
    void pullSelected();
    void pullFinished();
    void updatePullButton();
    void endWith(const ApiError& error);

    std::shared_ptr<ApiClient> m_client;
    QStandardItemModel* m_communities;
    QSortFilterProxyModel* m_filtered;
    QLineEdit* m_search;
    QTreeView* m_list;
    SyncProgress* m_progress;
    QPushButton* m_pullButton;
    ApiCommand* m_running = nullptr; // the command under way, a child of this dialog
};

} // namespace engage
