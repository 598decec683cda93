// engage-emulator's own contract, seen over HTTP as any client sees it: the first line, paging,
// authentication, ETags, validation of PUT bodies, seed data.

#include "support/emulator_process.h"
#include "support/process_run.h"
#include "support/test_files.h"

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

namespace {

const QByteArray token = "emulator-token-31b7";

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
        paths.append(error.toObject().value(QStringLiteral("path")).toString());
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

QTEST_GUILESS_MAIN(TestEngageEmulator)
#include "test_engage_emulator.moc"
