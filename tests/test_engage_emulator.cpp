// engage-emulator's own contract, seen over HTTP as any client sees it: the first line, paging,
// authentication, ETags, validation of PUT bodies, seed data; and, over raw sockets, what it
// does with clients that are slow, greedy or not speaking HTTP at all.

#include "support/emulator_process.h"
#include "support/process_run.h"
#include "support/raw_connection.h"
#include "support/test_files.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QByteArray token = "emulator-token-31b7";
const QByteArray settingsPath = "/1.0/communities/5f0c0a1b2c3d4e5f60718294/messaging_settings";

QStringList emulatorArguments(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--token"), QString::fromLatin1(token)} + more;
}

// A whole GET of the community list with the token, on a connection kept alive.
QByteArray listRequest()
{
    return "GET /1.0/communities HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
           "\r\n\r\n";
}

// The head of a PUT of the settings announcing `length` bytes of body.
QByteArray putHead(qint64 length)
{
    return "PUT " + settingsPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
           token + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestEngageEmulator : public QObject
{
    Q_OBJECT

private slots:
    void firstLineNamesTheLoopbackUrl();
    void pagesDefaultToThirtyAndCapTheLimitAt150();
    void badPagingParametersAreRefused();
    void requestsWithoutTheTokenAre401();
    void settingsAreVersionedWithEtags();
    void putBodiesAreValidatedWithTheConfigurationRules();
    void unknownRoutesAndMethodsAreRefused();
    void rateLimitAnswers429WithRetryAfter();
    void seedDataIsServed();
    void unusableSeedDataStopsWithAMessage();
    void badOptionValuesAreQuotedEscaped();
    void faultyOptionsExitWithUsage_data();
    void faultyOptionsExitWithUsage();
    void helpDocumentsTheLimits();
    void halfOpenRequestIsAnswered408AndClosed();
    void slowlorisIsClosedByTheHeaderDeadline();
    void idleKeptAliveConnectionIsClosedQuietly();
    void bodyThatStopsArrivingIsAnswered408();
    void connectionsPastTheCapGet503AndAreClosed();
    void bodiesPastTheBudgetAreRefused();
    void bareLineFeedsEndLines();
    void tlsClientHelloOnThePlainPortIs400();
    void ambiguousFramingIs400_data();
    void ambiguousFramingIs400();
    void oversizedHeadIs431BeforeAuthentication();
    void statsCountInjectedFaults();
    void bodyTrickledPastTheRequestDeadlineIs408();
    void hostHeaderIsRequiredOnceInHttp11_data();
    void hostHeaderIsRequiredOnceInHttp11();
    void expectContinueGetsAHundredBeforeTheBody();

private:
    Answer request(const QString& url, const QByteArray& verb = "GET", const QByteArray& body = {},
                   const QByteArray& ifMatch = {}, const QByteArray& usedToken = token);

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

Answer TestEngageEmulator::request(const QString& url, const QByteArray& verb,
                                   const QByteArray& body, const QByteArray& ifMatch,
                                   const QByteArray& usedToken)
{
    QNetworkRequest request{QUrl(url)};
    if (!usedToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + usedToken);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("ETag"), reply->rawHeader("Retry-After")};
}

void TestEngageEmulator::firstLineNamesTheLoopbackUrl()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    const QRegularExpression line(QStringLiteral(R"(^http://127\.0\.0\.1:[1-9][0-9]*/1\.0$)"));
    QVERIFY2(line.match(emulator.url()).hasMatch(), qPrintable(emulator.url()));
}

void TestEngageEmulator::pagesDefaultToThirtyAndCapTheLimitAt150()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token),
                              QStringLiteral("--communities"), QStringLiteral("197")});
    Answer answer = request(emulator.url() + QStringLiteral("/communities"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 200);
    QCOMPARE(answer.json().value(QStringLiteral("records")).toArray().size(), 30);
    answer = request(emulator.url() + QStringLiteral("/communities?offset=10&limit=500"));
    const QJsonArray records = answer.json().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 150);
    QCOMPARE(records[0].toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Community 8"));
    answer = request(emulator.url() + QStringLiteral("/communities?offset=190&limit=150"));
    QCOMPARE(answer.json().value(QStringLiteral("records")).toArray().size(), 10);
    answer = request(emulator.url() + QStringLiteral("/custom_fields?offset=500"));
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(answer.json().value(QStringLiteral("records")).toArray().size(), 0);
}

void TestEngageEmulator::badPagingParametersAreRefused()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    for (const char* query : {"?offset=-1", "?limit=0", "?offset=x", "?limit=1e3"}) {
        const Answer answer =
            request(emulator.url() + QStringLiteral("/communities") + QLatin1String(query));
        QVERIFY2(answer.status == 400, query);
    }
}

void TestEngageEmulator::requestsWithoutTheTokenAre401()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    for (const QByteArray& wrong : {QByteArray(), QByteArray("not-the-token")}) {
        const Answer answer =
            request(emulator.url() + QStringLiteral("/communities"), "GET", {}, {}, wrong);
        QCOMPARE(answer.status, 401);
        QVERIFY(!answer.body.contains(token));
        QVERIFY(wrong.isEmpty() || !answer.body.contains(wrong));
    }
}

void TestEngageEmulator::settingsAreVersionedWithEtags()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    const QString settings =
        emulator.url() + QStringLiteral("/communities/5f0c0a1b2c3d4e5f60718294/messaging_settings");
    Answer answer = request(settings);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.etag, "\"v1\"");
    const QByteArray body = R"({"signed_identities": "accept"})";
    QCOMPARE(request(settings, "PUT", body).status, 428); // no If-Match
    answer = request(settings, "PUT", body, "\"v1\"");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.etag, "\"v2\"");
    QCOMPARE(answer.json().value(QStringLiteral("signed_identities")).toString(),
             QStringLiteral("accept"));
    QCOMPARE(request(settings, "PUT", body, "\"v1\"").status, 412);
    QCOMPARE(request(settings).etag, "\"v2\"");
}

void TestEngageEmulator::putBodiesAreValidatedWithTheConfigurationRules()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    const QString settings =
        emulator.url() + QStringLiteral("/communities/5f0c0a1b2c3d4e5f60718294/messaging_settings");
    Answer answer = request(
        settings, "PUT",
        R"({"signed_identities": "require", "jwt_keys": {"id": "x"}, "extra_values_mapping": [{"key": "a", "field": "custom_field:order_ref"}]})",
        "\"v1\"");
    QCOMPARE(answer.status, 422);
    const QJsonArray errors = answer.json().value(QStringLiteral("errors")).toArray();
    QStringList paths;
    for (const QJsonValue& error : errors) {
        paths.append(error.toObject().value(QStringLiteral("attribute")).toString());
        QVERIFY(!error.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    // A wrong type, a mode without keys, and a field that is not an Identity Group field.
    QCOMPARE(paths, (QStringList{QStringLiteral("/jwt_keys"), QStringLiteral("/signed_identities"),
                                 QStringLiteral("/extra_values_mapping/0/field")}));
    QCOMPARE(request(settings, "PUT", "{not json", "\"v1\"").status, 400);
    QCOMPARE(request(settings).etag, "\"v1\"");
}

void TestEngageEmulator::unknownRoutesAndMethodsAreRefused()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    QCOMPARE(request(emulator.url() + QStringLiteral("/nothing")).status, 404);
    QCOMPARE(
        request(emulator.url() + QStringLiteral("/communities/nope/messaging_settings")).status,
        404);
    QCOMPARE(request(emulator.url() + QStringLiteral("/communities"), "DELETE").status, 405);
}

void TestEngageEmulator::rateLimitAnswers429WithRetryAfter()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token),
                              QStringLiteral("--rate-limit"), QStringLiteral("1")});
    QCOMPARE(request(emulator.url() + QStringLiteral("/communities")).status, 200);
    const Answer limited = request(emulator.url() + QStringLiteral("/communities"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, "1");
}

void TestEngageEmulator::seedDataIsServed()
{
    const QString seed = m_dir.filePath(QStringLiteral("seed.json"));
    writeAll(seed, R"({"communities": [{"id": "c1", "name": "Seeded", "type": "messaging",
  "active": false, "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-02T00:00:00Z",
  "messaging_settings": {"signed_identities": "accept",
                         "extra_values_mapping": [{"key": "k", "field": "custom_field:loyalty"}]}}],
 "custom_fields": [{"id": "f1", "key": "loyalty", "label": "Loyalty", "type": "string",
                    "associated_type_name": "IdentityGroup"}]})");
    EmulatorProcess emulator(
        {QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--data"), seed});
    const QJsonArray communities = request(emulator.url() + QStringLiteral("/communities"))
                                       .json()
                                       .value(QStringLiteral("records"))
                                       .toArray();
    QCOMPARE(communities.size(), 1);
    QCOMPARE(communities[0].toObject().value(QStringLiteral("active")).toBool(), false);
    const Answer settings =
        request(emulator.url() + QStringLiteral("/communities/c1/messaging_settings"));
    QCOMPARE(settings.json().value(QStringLiteral("signed_identities")).toString(),
             QStringLiteral("accept"));
    QCOMPARE(settings.json().value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2024-01-02T00:00:00Z"));
}

void TestEngageEmulator::unusableSeedDataStopsWithAMessage()
{
    const QString seed = m_dir.filePath(QStringLiteral("bad-seed.json"));
    writeAll(seed, R"({"communities": [{"name": "no id"}]})");
    const Run result = runProgram(
        QStringLiteral(ENGAGE_EMULATOR_PATH),
        {QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--data"), seed});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no string id and name"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH), {}).exitCode, 2); // no --token
}

void TestEngageEmulator::badOptionValuesAreQuotedEscaped()
{
    const Run result = runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH),
                                  {QStringLiteral("--token"), QString::fromLatin1(token),
                                   QStringLiteral("--latency-ms"), QStringLiteral("\x1b[2K\r")});
    QCOMPARE(result.exitCode, 2);
    const QByteArray quoted = R"(not "\u001b[2K\u000d".)";
    QVERIFY2(result.err.contains(quoted), result.err.constData());
}

void TestEngageEmulator::faultyOptionsExitWithUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named"); // what the message must name
    const auto row = [](const char* name, const QStringList& arguments, const QByteArray& named) {
        QTest::newRow(name) << arguments << named;
    };
    row("fail-rate nan", {QStringLiteral("--fail-rate"), QStringLiteral("nan")}, "--fail-rate");
    row("fail-rate inf", {QStringLiteral("--fail-rate"), QStringLiteral("inf")}, "--fail-rate");
    row("fail-rate negative", {QStringLiteral("--fail-rate"), QStringLiteral("-0.1")},
        "--fail-rate");
    row("fail-rate above 1", {QStringLiteral("--fail-rate"), QStringLiteral("1.5")}, "--fail-rate");
    row("drop-rate nan", {QStringLiteral("--drop-rate"), QStringLiteral("NaN")}, "--drop-rate");
    row("latency inf", {QStringLiteral("--latency-ms"), QStringLiteral("inf")}, "--latency-ms");
    row("port not whole", {QStringLiteral("--port"), QStringLiteral("80.5")}, "--port");
    row("seed negative", {QStringLiteral("--seed"), QStringLiteral("-1")}, "--seed");
    row("no connections", {QStringLiteral("--max-connections"), QStringLiteral("0")},
        "--max-connections");
    row("timeout not a number", {QStringLiteral("--header-timeout-ms"), QStringLiteral("soon")},
        "--header-timeout-ms");
    row("budget nan", {QStringLiteral("--body-budget-mib"), QStringLiteral("nan")},
        "--body-budget-mib");
    row("missing value", {QStringLiteral("--fail-rate")}, "fail-rate");
    row("unknown option", {QStringLiteral("--fail-fast")}, "fail-fast");
    row("read-only token is the token",
        {QStringLiteral("--read-only-token"), QString::fromLatin1(token)}, "--read-only-token");
}

void TestEngageEmulator::faultyOptionsExitWithUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    const Run result =
        runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH),
                   emulatorArguments() +
                       QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), result.err.constData());
    QVERIFY(result.out.isEmpty()); // never started listening
}

void TestEngageEmulator::helpDocumentsTheLimits()
{
    const Run result = runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH), {QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* option :
         {"--header-timeout-ms", "--idle-timeout-ms", "--max-connections", "--body-budget-mib"})
        QVERIFY2(result.out.contains(option), option);
}

void TestEngageEmulator::halfOpenRequestIsAnswered408AndClosed()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--header-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    QElapsedTimer clock;
    clock.start();
    connection.send("GET /1.0/communities HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // no empty line
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
}

void TestEngageEmulator::slowlorisIsClosedByTheHeaderDeadline()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--header-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send("GET /1.0/communities HTTP/1.1\r\nX-Slow: ");
    // A byte every 300 ms would keep a deadline that each byte moved from ever passing. Forty
    // bytes take 12 s: ample time for the 1 s deadline even on a slow machine.
    for (int sent = 0; sent < 40 && connection.isConnected(); ++sent) {
        connection.send("a");
        connection.waitForClosed(300);
    }
    const QByteArray answer = connection.readUntilClosed(0);
    QVERIFY(!connection.isConnected());
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
}

void TestEngageEmulator::idleKeptAliveConnectionIsClosedQuietly()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--idle-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send(listRequest());
    QVERIFY(connection.readAnswer().startsWith("HTTP/1.1 200 OK\r\n"));
    // No part of a next request arrived: nothing is owed, the connection just closes.
    QCOMPARE(connection.readUntilClosed(), QByteArray());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::bodyThatStopsArrivingIsAnswered408()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--idle-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send(putHead(100) + QByteArray(10, 'x')); // then nothing: it holds its budget
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::connectionsPastTheCapGet503AndAreClosed()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--max-connections"), QStringLiteral("3")}));
    std::vector<std::unique_ptr<RawConnection>> served;
    for (int index = 0; index < 3; ++index) {
        served.push_back(std::make_unique<RawConnection>(emulator.port()));
        served.back()->send(listRequest());
        QVERIFY(served.back()->readAnswer().startsWith("HTTP/1.1 200 OK\r\n"));
    }
    RawConnection refused(emulator.port());
    const QByteArray answer = refused.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
    QVERIFY(answer.contains("at most 3 connections"));
    QVERIFY(!refused.isConnected());
    for (const auto& connection : served) // the three are still served
        QVERIFY(connection->isConnected());

    served.erase(served.begin());
    // The emulator sees the close in its own time; then a new connection is served. (Not
    // QTRY_VERIFY: it would open connections again to check the result.)
    QByteArray answerAfterClose;
    for (int attempt = 0; attempt < 200 && !answerAfterClose.startsWith("HTTP/1.1 200 OK\r\n");
         ++attempt) {
        if (attempt > 0)
            QTest::qWait(100);
        RawConnection next(emulator.port());
        next.send(listRequest());
        answerAfterClose = next.readAnswer();
    }
    QVERIFY2(answerAfterClose.startsWith("HTTP/1.1 200 OK\r\n"), answerAfterClose.constData());
}

void TestEngageEmulator::bodiesPastTheBudgetAreRefused()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--body-budget-mib"), QStringLiteral("1")}));
    const qint64 large = 700 * 1000; // one fits in 1 MiB, two do not
    RawConnection first(emulator.port());
    first.send(putHead(large) + QByteArray(1000, 'x'));
    // A whole request on another connection: once it is answered, the emulator has read the
    // first head too.
    RawConnection other(emulator.port());
    other.send(listRequest());
    QVERIFY(other.readAnswer().startsWith("HTTP/1.1 200 OK\r\n"));

    RawConnection second(emulator.port());
    second.send(putHead(large) + QByteArray(1000, 'x'));
    QByteArray answer = second.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
    QVERIFY(!second.isConnected());

    // The first body is not harmed; once it is answered (without If-Match: 428), its room is
    // free again.
    first.send(QByteArray(large - 1000, 'x'));
    QVERIFY(first.readAnswer().startsWith("HTTP/1.1 428 Precondition Required\r\n"));
    RawConnection third(emulator.port());
    third.send(putHead(large) + QByteArray(large, 'x'));
    QVERIFY(third.readAnswer().startsWith("HTTP/1.1 428 Precondition Required\r\n"));

    // A body larger than the whole budget could never be taken.
    RawConnection tooLarge(emulator.port());
    tooLarge.send(putHead(2 * 1024 * 1024));
    answer = tooLarge.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 413 Content Too Large\r\n"), answer.constData());
}

void TestEngageEmulator::bareLineFeedsEndLines()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    connection.send("GET /1.0/communities HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer " +
                    token + "\nConnection: close\n\n");
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains("\"records\""));
}

void TestEngageEmulator::tlsClientHelloOnThePlainPortIs400()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    // The start of a TLS 1.2 ClientHello: a handshake record, then the hello's header.
    connection.send(QByteArray::fromHex("16030100c4010000c00303") + QByteArray(32, '\x5a'));
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::ambiguousFramingIs400_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<QByteArray>("statusLine");
    const QByteArray badRequest = "HTTP/1.1 400 Bad Request\r\n";
    QTest::newRow("two Content-Length headers")
        << QByteArray("Content-Length: 2\r\nContent-Length: 7\r\n") << badRequest;
    QTest::newRow("a list of two lengths") << QByteArray("Content-Length: 2, 7\r\n") << badRequest;
    QTest::newRow("a signed length") << QByteArray("Content-Length: +2\r\n") << badRequest;
    QTest::newRow("Content-Length with Transfer-Encoding")
        << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << badRequest;
    QTest::newRow("a space before the colon") << QByteArray("Content-Length : 2\r\n") << badRequest;
    QTest::newRow("Transfer-Encoding alone") << QByteArray("Transfer-Encoding: chunked\r\n")
                                             << QByteArray("HTTP/1.1 411 Length Required\r\n");
    // Values that agree are one length (RFC 9112 §6.3): the request goes on to the API.
    QTest::newRow("the same length twice")
        << QByteArray("Content-Length: 2\r\nContent-Length: 2, 2\r\n")
        << QByteArray("HTTP/1.1 428 Precondition Required\r\n");
}

void TestEngageEmulator::ambiguousFramingIs400()
{
    QFETCH(QByteArray, framing);
    QFETCH(QByteArray, statusLine);
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    connection.send("PUT " + settingsPath +
                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                    "\r\nConnection: close\r\n" + framing + "\r\n{}");
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith(statusLine), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::oversizedHeadIs431BeforeAuthentication()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    // Without a token: the head's size is judged before anything in it.
    connection.send("GET /1.0/communities HTTP/1.1\r\nX-Pad: " + QByteArray(70000, 'p') +
                    "\r\n\r\n");
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
             answer.left(200).constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::statsCountInjectedFaults()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--fail-rate"), QStringLiteral("1")}));
    for (int sent = 0; sent < 3; ++sent)
        QCOMPARE(request(emulator.url() + QStringLiteral("/communities")).status, 503);
    // The stats themselves are never faulted and need no token.
    const QJsonObject stats = emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("unavailable")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("answered")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("rate_limited")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("dropped")).toInt(), 0);
}

// A byte of body every 300 ms keeps the connection from ever being idle: only a deadline on the
// whole request cuts it off.
void TestEngageEmulator::bodyTrickledPastTheRequestDeadlineIs408()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--request-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send(putHead(100));
    for (int sent = 0; sent < 40 && connection.isConnected(); ++sent) {
        connection.send("x");
        connection.waitForClosed(300);
    }
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::hostHeaderIsRequiredOnceInHttp11_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("refused");
    const QByteArray authorization = "Authorization: Bearer " + token + "\r\n";
    QTest::newRow("HTTP/1.1 without Host")
        << QByteArray("GET /1.0/communities HTTP/1.1\r\n" + authorization + "\r\n") << true;
    QTest::newRow("two Host headers")
        << QByteArray("GET /1.0/communities HTTP/1.1\r\nHost: a\r\nHost: b\r\n" + authorization +
                      "\r\n")
        << true;
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET /1.0/communities HTTP/1.0\r\n" + authorization + "\r\n") << false;
}

// RFC 9112 §3.2: which host is meant must not be left to each parser's guess.
void TestEngageEmulator::hostHeaderIsRequiredOnceInHttp11()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, refused);
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    connection.send(head);
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith(refused ? "HTTP/1.1 400 Bad Request\r\n" : "HTTP/1.1 200 OK\r\n"),
             answer.left(200).constData());
}

void TestEngageEmulator::expectContinueGetsAHundredBeforeTheBody()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    const QByteArray body = R"({"signed_identities": "require"})";
    QByteArray head = putHead(body.size());
    head.insert(head.size() - 2, "Expect: 100-continue\r\n");
    connection.send(head);
    const QByteArray interim = connection.readThrough("\r\n\r\n");
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    connection.send(body);
    const QByteArray answer = connection.readAnswer();
    QVERIFY2(answer.startsWith("HTTP/1.1 428 ") || answer.startsWith("HTTP/1.1 200 "),
             answer.left(200).constData());
}

QTEST_GUILESS_MAIN(TestEngageEmulator)
#include "test_engage_emulator.moc"
