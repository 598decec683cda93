#pragma once

#include "api/api_client.h"
#include "api/api_command.h"
#include "api/api_error.h"
#include "api/paged_list_command.h"
#include "command.h"
#include "config/config_diff.h"
#include "config/config_file.h"
#include "sync/sync_plan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace engage {

// What the commands that talk to a server share: the server options (--server, --token-file or
// ENGAGE_API_TOKEN, --ca-file, --max-in-flight, --timeout, --attempts, --max-requests,
// --rate-window), the API client, running an
// API command to its end, and the exit codes of docs/engagectl.md for API errors.
class ServerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::ServerCommand)

protected:
    ServerCommand();

    void addServerOptions(QCommandLineParser& parser, bool withCommunity);
    // --community ID as a filter that may be left out (sources).
    void addOptionalCommunity(QCommandLineParser& parser) const { parser.addOption(m_community); }
    // Reads the server options and makes the client; the exit code when it cannot.
    std::optional<int> connectToServer(const QCommandLineParser& parser, Console& console);
    ApiClient& client() const { return *m_client; }
    QString communityId(const QCommandLineParser& parser) const;

    // One warning per record a list left out (PagedListCommand), on standard error.
    void warnAboutSkipped(const QList<SkippedRecord>& skipped, Console& console) const;
    // Runs the command in QCoreApplication's event loop until it finishes; its waits for the
    // server's rate limit are said on standard error, one line each.
    void runToEnd(ApiCommand& command);
    // Prints the error on standard error and returns its exit code: 1 for settings the
    // server refused, 2 for a bad URL or CA file, 3 for a conflict, 4 for every network and
    // authentication failure, 5 for a server without the settings extension (docs/api.md).
    int reportError(const ApiError& error, Console& console) const;

    // A configuration file to compare or push, loaded as loadConfigFile does; with
    // requireValid, one with errors is refused too (exit code 1).
    LoadedConfigFile loadLocal(const QString& path, bool requireValid, Console& console) const;

    // What SyncPlan decided, for people: the community and the server, the changes a push
    // sends, the remote's changes merged into the file, and each conflict as base / theirs /
    // yours; or a sentence saying there is nothing to push. `file` is the file's label.
    void printPlan(QTextStream& stream, const SyncPlan::Plan& plan, const QString& community,
                   const QString& file) const;

private:
    QCommandLineOption m_server;
    QCommandLineOption m_community;
    bool m_requiresCommunity = false; // --community was added, and is then required
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_caFile;
    QCommandLineOption m_maxInFlight;
    QCommandLineOption m_timeout;
    QCommandLineOption m_attempts;
    QCommandLineOption m_maxRequests;
    QCommandLineOption m_rateWindow;
    std::unique_ptr<ApiClient> m_client;
    Console* m_console = nullptr; // the one given to connectToServer
};

} // namespace engage
