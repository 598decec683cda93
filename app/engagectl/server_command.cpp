#include "server_command.h"

#include "diagnostic_output.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

#include <QEventLoop>
#include <QFile>

#include <cmath>

namespace engage {

namespace {

constexpr qint64 maxTokenFileSize = 64 * 1024;

} // namespace

ServerCommand::ServerCommand()
    : m_server(QStringLiteral("server"),
               tr("The API base URL: https://ACCOUNT.api.digital.ringcentral.com/1.0, or "
                  "https://ACCOUNT.api.engagement.dimelo.com/1.0 for older accounts; a bare "
                  "https://HOST gets /1.0."),
               QStringLiteral("URL")),
      m_community(QStringLiteral("community"), tr("The community ID."), QStringLiteral("ID")),
      m_tokenFile(QStringLiteral("token-file"),
                  tr("Read the API token from this file instead of ENGAGE_API_TOKEN."),
                  QStringLiteral("FILE")),
      m_caFile(QStringLiteral("ca-file"),
               tr("Also trust the certificate authorities in this PEM file."),
               QStringLiteral("FILE")),
      m_maxInFlight(QStringLiteral("max-in-flight"),
                    tr("Request at most N pages of a list at the same time (default 8)."),
                    QStringLiteral("N"), QStringLiteral("8")),
      m_timeout(QStringLiteral("timeout"),
                tr("Give up an attempt that has not completed within this many seconds, even if "
                   "the server is still sending (default 30)."),
                QStringLiteral("SECONDS"), QStringLiteral("30")),
      m_attempts(QStringLiteral("attempts"),
                 tr("Try a request at most N times when the server is busy or unreachable "
                    "(default 5); a server limiting the request rate is waited for instead, up "
                    "to one rate window."),
                 QStringLiteral("N"), QStringLiteral("5")),
      m_maxRequests(QStringLiteral("max-requests"),
                    tr("Send at most N requests to the server per rate window (default 500, the "
                       "limit of the Engage Digital API)."),
                    QStringLiteral("N"), QStringLiteral("500")),
      m_rateWindow(QStringLiteral("rate-window"),
                   tr("The rate window in seconds (default 60: the API counts requests per "
                      "minute)."),
                   QStringLiteral("SECONDS"), QStringLiteral("60"))
{
}

void ServerCommand::addServerOptions(QCommandLineParser& parser, bool withCommunity)
{
    parser.addOptions({m_server, m_tokenFile, m_caFile, m_maxInFlight, m_timeout, m_attempts,
                       m_maxRequests, m_rateWindow});
    m_requiresCommunity = withCommunity;
    if (withCommunity)
        parser.addOption(m_community);
}

QString ServerCommand::communityId(const QCommandLineParser& parser) const
{
    return parser.value(m_community);
}

std::optional<int> ServerCommand::connectToServer(const QCommandLineParser& parser,
                                                  Console& console)
{
    if (!parser.isSet(m_server))
        return usageError(tr("--server URL is required."), console);
    if (m_requiresCommunity && communityId(parser).isEmpty())
        return usageError(tr("--community ID is required."), console);
    const std::optional<int> maxInFlight = wholeNumberFrom(parser, m_maxInFlight, 1, 64, console);
    if (!maxInFlight)
        return ExitUsageOrIo;
    const std::optional<int> attempts = wholeNumberFrom(parser, m_attempts, 1, 20, console);
    if (!attempts)
        return ExitUsageOrIo;
    const std::optional<double> timeout = secondsFrom(parser, m_timeout, console);
    if (!timeout)
        return ExitUsageOrIo;
    const std::optional<int> maxRequests =
        wholeNumberFrom(parser, m_maxRequests, 1, 100000, console);
    if (!maxRequests)
        return ExitUsageOrIo;
    const std::optional<double> rateWindow = secondsFrom(parser, m_rateWindow, console);
    if (!rateWindow)
        return ExitUsageOrIo;

    QByteArray token;
    if (parser.isSet(m_tokenFile)) {
        const QString path = parser.value(m_tokenFile);
        const BoundedInput input = BoundedInputReader::read(path, maxTokenFileSize);
        if (input.error) {
            printMessage(console, *input.error);
            return ExitUsageOrIo;
        }
        token = input.bytes.trimmed();
    } else {
        token = qgetenv("ENGAGE_API_TOKEN").trimmed();
    }
    if (token.isEmpty())
        return usageError(tr("no API token: set ENGAGE_API_TOKEN or pass --token-file FILE."),
                          console);
    if (!ApiClient::isUsableToken(token))
        return usageError(tr("the API token holds spaces, line breaks or other characters that "
                             "cannot be sent in an HTTP header."),
                          console);

    ApiClientOptions options;
    options.serverUrl = parser.value(m_server);
    options.caFile = parser.value(m_caFile);
    options.maxInFlight = *maxInFlight;
    options.retry.maxAttempts = *attempts;
    options.transferTimeout = std::chrono::milliseconds(std::llround(*timeout * 1000));
    options.pace.maxRequests = *maxRequests;
    options.pace.window = std::chrono::milliseconds(std::llround(*rateWindow * 1000));
    m_client = std::make_unique<ApiClient>(options, token);
    m_console = &console;
    if (const std::optional<ApiError>& error = m_client->setupError())
        return reportError(*error, console);
    return std::nullopt;
}

void ServerCommand::runToEnd(ApiCommand& command)
{
    QEventLoop loop;
    QObject::connect(&command, &ApiCommand::finished, &loop, &QEventLoop::quit);
    QObject::connect(&command, &ApiCommand::waiting, &loop,
                     [this](std::chrono::seconds remaining, ApiWaitReason reason) {
                         m_console->err << ApiRequest::describeWait(remaining, reason) << '\n';
                         m_console->err.flush();
                     });
    command.start();
    loop.exec();
}

int ServerCommand::reportError(const ApiError& error, Console& console) const
{
    printMessage(console, error.message);
    switch (error.kind) {
    case ApiErrorKind::InvalidServerUrl:
    case ApiErrorKind::InsecureServerUrl:
    case ApiErrorKind::CaFileUnreadable:
        return ExitUsageOrIo;
    case ApiErrorKind::Conflict:
        return ExitConflict;
    case ApiErrorKind::ExtensionMissing:
        return ExitNoSuchApi;
    case ApiErrorKind::Validation:
        for (const ApiFieldError& field : error.fieldErrors)
            console.err << "  " << ApiErrors::describe(field) << '\n';
        return ExitInvalid;
    default:
        return ExitNetworkOrAuth;
    }
}

Command::LoadedConfigFile ServerCommand::loadLocal(const QString& path, bool requireValid,
                                                   Console& console) const
{
    LoadedConfigFile file = loadConfigFile(path, console);
    if (!file.loaded)
        return file;
    if (requireValid && !file.loaded->isValid()) {
        printMessage(console, tr("%1 is invalid, so it was not pushed and nothing was sent; fix "
                                 "the errors first.")
                                  .arg(fileLabel(path)));
        return {std::nullopt, ExitInvalid};
    }
    return file;
}

void ServerCommand::printPlan(QTextStream& stream, const SyncPlan::Plan& plan,
                              const QString& community, const QString& file) const
{
    stream << tr("The community %1 on %2:")
                  .arg(UntrustedText::forDisplay(community),
                       UntrustedText::forDisplay(client().serverUrl().toString()))
           << '\n';
    if (plan.toServer.isEmpty() && plan.conflicts.isEmpty())
        stream << tr("No differences: a push would change nothing.") << '\n';
    if (!plan.toServer.isEmpty())
        stream << tr("Changes a push sends to the server:") << '\n';
    for (const SettingsChange& change : plan.toServer)
        stream << "  " << change.description << '\n';
    if (!plan.fromServer.isEmpty())
        stream << tr("Changes made on the server since %1 was pulled, merged into it:").arg(file)
               << '\n';
    for (const SettingsChange& change : plan.fromServer)
        stream << "  " << change.description << '\n';
    if (!plan.conflicts.isEmpty())
        stream << tr("Changed both on the server and in %1 since it was pulled:").arg(file) << '\n';
    for (const SettingsConflict& conflict : plan.conflicts) {
        stream << "  " << SettingsChangeText::entityTitle(conflict.entity) << '\n'
               << "    " << tr("base:   %1").arg(conflict.base) << '\n'
               << "    " << tr("theirs: %1 (the server now)").arg(conflict.theirs) << '\n'
               << "    " << tr("yours:  %1 (the file)").arg(conflict.yours) << '\n';
    }
    // What follows on standard error refers to these lines: keep the order on a terminal.
    stream.flush();
}

void ServerCommand::warnAboutSkipped(const QList<SkippedRecord>& skipped, Console& console) const
{
    // A record that could not be read does not hide the others: each is named, and the list
    // goes on without it.
    for (const SkippedRecord& record : skipped)
        printMessage(console, PagedListCommand::describe(record));
}

} // namespace engage
