// engage-emulator: the Engage admin API of docs/api.md, served from memory on 127.0.0.1 for tests
// and for trying the application without an Engage account. This file only reads the
// options and wires the server, the fault injection and the API together.

#include "admin_api.h"
#include "api/api_contract.h"
#include "community_store.h"
#include "http_server.h"
#include "request_dispatcher.h"
#include "request_log.h"
#include "text/untrusted_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>

namespace {

// The translation context of the messages of this file.
struct EmulatorMain
{
    Q_DECLARE_TR_FUNCTIONS(engage::EmulatorMain)
};

int usageError(const QString& message)
{
    QTextStream(stderr) << "engage-emulator: " << message << '\n'
                        << EmulatorMain::tr("Run \"engage-emulator --help\" for its usage.")
                        << '\n';
    return 2;
}

// A value that is not what was expected is quoted up to this length.
constexpr qsizetype maxQuotedArgument = 40;

enum class Number { Whole, Fraction };

// A number option, the one check of every number option; std::nullopt (after saying why) when
// it is not a finite number (nan and inf read as numbers), not whole where it must be, or out
// of range.
std::optional<double> numberOption(const QCommandLineParser& parser, const QString& name,
                                   double minimum, double maximum, Number kind)
{
    bool isNumber = false;
    const double value = parser.value(name).toDouble(&isNumber);
    const bool fits = isNumber && std::isfinite(value) && value >= minimum && value <= maximum &&
                      (kind == Number::Fraction || value == std::floor(value));
    if (!fits) {
        const QString range =
            kind == Number::Whole
                ? EmulatorMain::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                : EmulatorMain::tr("--%1 takes a number from %2 to %3, not \"%4\".");
        usageError(
            range.arg(name)
                .arg(minimum, 0, 'g', 15)
                .arg(maximum, 0, 'g', 15)
                .arg(engage::UntrustedText::forDisplay(parser.value(name), maxQuotedArgument)));
        return std::nullopt;
    }
    return value;
}

// The TLS configuration of --tls-cert and --tls-key; std::nullopt with `error` set on failure.
std::optional<QSslConfiguration> tlsConfiguration(const QString& certPath, const QString& keyPath,
                                                  QString& error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    QFile keyFile(keyPath);
    if (chain.isEmpty()) {
        error = EmulatorMain::tr("%1 holds no PEM certificate.").arg(certPath);
        return std::nullopt;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        error = EmulatorMain::tr("%1 cannot be read: %2.").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        error = EmulatorMain::tr("%1 holds no unencrypted RSA or EC private key.").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not authenticate
    return configuration;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("engage-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        EmulatorMain::tr("Serves the Engage admin API from memory on 127.0.0.1: the public "
                         "Engage Digital REST API with its record fields, error bodies, paging "
                         "(offset 0 to 10000000, limit 1 to 150, default 30; a larger limit "
                         "gets 150) and rate limit, plus this project's messaging-settings "
                         "extension unless --public-only. See engage-emulator(1)."));
    const QCommandLineOption help = parser.addHelpOption();
    // The public API's rate limit, from the contract, is the default.
    const engage::ApiLimits& publicLimits = engage::ApiContract::builtIn().limits();
    const auto publicWindowMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(publicLimits.window).count();
    const auto option = [&parser](const QString& name, const QString& description,
                                  const QString& valueName, const QString& defaultValue = {}) {
        parser.addOption(QCommandLineOption(name, description, valueName, defaultValue));
    };
    option(QStringLiteral("port"), EmulatorMain::tr("The port to listen on; 0 picks a free one."),
           QStringLiteral("N"), QStringLiteral("0"));
    option(QStringLiteral("token"),
           EmulatorMain::tr("The API token accepted for reading and writing."),
           QStringLiteral("T"));
    option(QStringLiteral("read-only-token"),
           EmulatorMain::tr("A token accepted for reading only: a PUT or POST with it gets "
                            "403 authorization_required."),
           QStringLiteral("T"));
    option(QStringLiteral("data"),
           EmulatorMain::tr("A seed data file; without it, a small built-in set."),
           QStringLiteral("FILE"));
    option(QStringLiteral("communities"), EmulatorMain::tr("Generate this many extra communities."),
           QStringLiteral("N"), QStringLiteral("0"));
    option(QStringLiteral("custom-fields"),
           EmulatorMain::tr("Generate this many extra custom fields."), QStringLiteral("N"),
           QStringLiteral("0"));
    option(QStringLiteral("latency-ms"),
           EmulatorMain::tr("Answer every request after this many milliseconds."),
           QStringLiteral("N"), QStringLiteral("0"));
    option(QStringLiteral("fail-rate"),
           EmulatorMain::tr("Answer this share of requests (0 to 1) with 503."),
           QStringLiteral("P"), QStringLiteral("0"));
    option(QStringLiteral("lock-rate"),
           EmulatorMain::tr("Answer this share of requests (0 to 1) with 409 resource_locked."),
           QStringLiteral("P"), QStringLiteral("0"));
    option(QStringLiteral("rate-limit"),
           EmulatorMain::tr("Let this many API requests through per window (--rate-window-ms), "
                            "then answer 429 rate_limit_exceeded without Retry-After, as Engage "
                            "does; 0 for no limit. Default: %1, the public API's limit.")
               .arg(publicLimits.requestsPerWindow),
           QStringLiteral("N"), QString::number(publicLimits.requestsPerWindow));
    option(QStringLiteral("rate-window-ms"),
           EmulatorMain::tr("The sliding window of --rate-limit and of the statistic "
                            "peak_requests_per_window, in milliseconds. Default: %1.")
               .arg(publicWindowMs),
           QStringLiteral("N"), QString::number(publicWindowMs));
    parser.addOption(QCommandLineOption(
        QStringLiteral("retry-after"),
        EmulatorMain::tr("Send Retry-After with a 429, as a gateway might (Engage does not).")));
    option(QStringLiteral("bad-token-status"),
           EmulatorMain::tr("Answer a wrong token with 400 invalid_access_token (as Engage "
                            "does) or with 401. A missing token always gets 401."),
           QStringLiteral("400|401"), QStringLiteral("400"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("public-only"),
        EmulatorMain::tr("Serve only the public API, as a real Engage domain: the messaging "
                         "settings (this project's extension) answer 404 not_found.")));
    option(QStringLiteral("count-cap"),
           EmulatorMain::tr("A list longer than this many records counts this many and says "
                            "\"count_capped\": true, as real servers do; 0 for exact counts."),
           QStringLiteral("N"), QStringLiteral("0"));
    option(QStringLiteral("request-log"),
           EmulatorMain::tr("Write one JSON line per API request received to this file (emptied "
                            "first): "
                            "{\"method\",\"path\",\"query\"}, never a header or the token."),
           QStringLiteral("FILE"));
    option(
        QStringLiteral("drop-rate"),
        EmulatorMain::tr("Close this share of connections (0 to 1) in the middle of the answer."),
        QStringLiteral("P"), QStringLiteral("0"));
    option(QStringLiteral("seed"), EmulatorMain::tr("Seed of the fault injection's random draws."),
           QStringLiteral("N"));
    option(QStringLiteral("tls-cert"),
           EmulatorMain::tr("Serve HTTPS with this PEM certificate (chain)."),
           QStringLiteral("FILE"));
    option(QStringLiteral("tls-key"), EmulatorMain::tr("The PEM private key of --tls-cert."),
           QStringLiteral("FILE"));
    option(QStringLiteral("header-timeout-ms"),
           EmulatorMain::tr("A request's head must arrive within this many milliseconds of its "
                            "first byte, else 408."),
           QStringLiteral("N"), QStringLiteral("10000"));
    option(QStringLiteral("request-timeout-ms"),
           EmulatorMain::tr("A whole request, head and body, must arrive within this many "
                            "milliseconds of its first byte, else 408."),
           QStringLiteral("N"), QStringLiteral("60000"));
    option(QStringLiteral("idle-timeout-ms"),
           EmulatorMain::tr("Close a connection silent this long between requests (or 408 within "
                            "a body)."),
           QStringLiteral("N"), QStringLiteral("30000"));
    option(QStringLiteral("max-connections"),
           EmulatorMain::tr("Serve this many connections at once; past it, 503 and close."),
           QStringLiteral("N"), QStringLiteral("128"));
    option(QStringLiteral("body-budget-mib"),
           EmulatorMain::tr("Hold at most this many MiB of request bodies across all "
                            "connections; past it, 503."),
           QStringLiteral("N"), QStringLiteral("64"));
    // parse() rather than process(), which exits 1 on a usage error where 2 is the contract.
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp();
    if (!parser.positionalArguments().isEmpty())
        return usageError(EmulatorMain::tr("this program takes no arguments."));
    if (parser.value(QStringLiteral("token")).isEmpty())
        return usageError(EmulatorMain::tr("--token T is required: the token clients must send."));
    // One token cannot be both: which of its rights would a request have?
    if (parser.value(QStringLiteral("read-only-token")) == parser.value(QStringLiteral("token")))
        return usageError(EmulatorMain::tr("--read-only-token must differ from --token."));
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key")))
        return usageError(EmulatorMain::tr("--tls-cert and --tls-key go together."));

    const auto whole = [&parser](const char* name, double minimum, double maximum) {
        return numberOption(parser, QLatin1String(name), minimum, maximum, Number::Whole);
    };
    const auto share = [&parser](const char* name) {
        return numberOption(parser, QLatin1String(name), 0, 1, Number::Fraction);
    };
    const auto port = whole("port", 0, 65535);
    const auto communities = whole("communities", 0, 1e7);
    const auto customFields = whole("custom-fields", 0, 1e7);
    const auto latency = whole("latency-ms", 0, 600000);
    const auto failRate = share("fail-rate");
    const auto lockRate = share("lock-rate");
    const auto rateLimit = whole("rate-limit", 0, 1e9);
    const auto rateWindow = whole("rate-window-ms", 1, 3600000);
    const auto badTokenStatus = whole("bad-token-status", 400, 401);
    const auto countCap = whole("count-cap", 0, 1e9);
    const auto dropRate = share("drop-rate");
    const auto headerTimeout = whole("header-timeout-ms", 1, 600000);
    const auto requestTimeout = whole("request-timeout-ms", 1, 3600000);
    const auto idleTimeout = whole("idle-timeout-ms", 1, 3600000);
    const auto maxConnections = whole("max-connections", 1, 100000);
    const auto bodyBudget = whole("body-budget-mib", 1, 1024 * 1024);
    if (!port || !communities || !customFields || !latency || !failRate || !lockRate ||
        !rateLimit || !rateWindow || !badTokenStatus || !countCap || !dropRate || !headerTimeout ||
        !requestTimeout || !idleTimeout || !maxConnections || !bodyBudget)
        return 2;
    engage::FaultOptions faults;
    faults.latencyMs = static_cast<int>(*latency);
    faults.failRate = *failRate;
    faults.lockRate = *lockRate;
    faults.rateLimit = static_cast<int>(*rateLimit);
    faults.rateWindowMs = static_cast<int>(*rateWindow);
    faults.retryAfter = parser.isSet(QStringLiteral("retry-after"));
    faults.dropRate = *dropRate;
    faults.seed = QRandomGenerator::global()->generate();
    if (parser.isSet(QStringLiteral("seed"))) {
        const auto seed = whole("seed", 0, 4294967295.0);
        if (!seed)
            return 2;
        faults.seed = static_cast<quint32>(*seed);
    }
    const engage::ConnectionLimits limits{
        std::chrono::milliseconds(static_cast<qint64>(*headerTimeout)),
        std::chrono::milliseconds(static_cast<qint64>(*requestTimeout)),
        std::chrono::milliseconds(static_cast<qint64>(*idleTimeout)),
        static_cast<int>(*maxConnections), static_cast<qint64>(*bodyBudget) * 1024 * 1024};

    engage::CommunityStore store = engage::CommunityStore::builtIn();
    if (parser.isSet(QStringLiteral("data"))) {
        if (const auto error =
                engage::CommunityStore::load(parser.value(QStringLiteral("data")), store)) {
            QTextStream(stderr) << "engage-emulator: " << *error << '\n';
            return 2;
        }
    }
    store.generateCommunities(static_cast<int>(*communities));
    store.generateCustomFields(static_cast<int>(*customFields));

    std::optional<QSslConfiguration> tls;
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        QString error;
        tls = tlsConfiguration(parser.value(QStringLiteral("tls-cert")),
                               parser.value(QStringLiteral("tls-key")), error);
        if (!tls) {
            QTextStream(stderr) << "engage-emulator: " << error << '\n';
            return 2;
        }
    }

    engage::RequestLog requestLog;
    if (parser.isSet(QStringLiteral("request-log"))) {
        if (const auto error = requestLog.open(parser.value(QStringLiteral("request-log")))) {
            QTextStream(stderr) << "engage-emulator: " << *error << '\n';
            return 2;
        }
    }

    engage::AdminApiOptions apiOptions;
    apiOptions.tokens = {parser.value(QStringLiteral("token")).toUtf8(),
                         parser.value(QStringLiteral("read-only-token")).toUtf8()};
    apiOptions.badTokenStatus = static_cast<int>(*badTokenStatus);
    apiOptions.publicOnly = parser.isSet(QStringLiteral("public-only"));
    apiOptions.countCap = static_cast<qint64>(*countCap);
    engage::AdminApi api(store, apiOptions);
    engage::RequestDispatcher dispatcher(api, faults, requestLog);
    engage::HttpServer server(limits);
    QObject::connect(&server, &engage::HttpServer::requestReceived, &dispatcher,
                     &engage::RequestDispatcher::dispatch);
    if (const auto error = server.listen(static_cast<quint16>(*port), tls)) {
        QTextStream(stderr) << "engage-emulator: " << *error << '\n';
        return 2;
    }
    // The first line is the contract with tests and scripts: they read the port from it.
    QTextStream(stdout) << "listening on " << (tls ? "https" : "http")
                        << "://127.0.0.1:" << server.port() << "/1.0" << Qt::endl;
    std::fflush(stdout);
    return QCoreApplication::exec();
}
