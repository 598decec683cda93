#pragma once

#include "body_budget.h"
#include "http_connection.h"
#include "http_message.h"

#include <QCoreApplication>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>
#include <optional>

namespace engage {

// A small HTTP/1.1 server on 127.0.0.1 only, plain or TLS. It is written on QTcpServer
// (QSslServer for TLS) rather than Qt HttpServer because the emulator must answer late
// without a thread per request (--latency-ms with many requests in flight) and must be able to
// cut a connection in the middle of an answer (--drop-rate), which Qt HttpServer 6.4 has no
// documented way to do. It holds the connections to ConnectionLimits: past the cap, a new
// connection is answered 503 and closed at once.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(const ConnectionLimits& limits, QObject* parent = nullptr);
    ~HttpServer() override;

    // Port 0 picks a free port. Returns a translated error, or std::nullopt once listening.
    std::optional<QString> listen(quint16 port, const std::optional<QSslConfiguration>& tls);
    quint16 port() const;

signals:
    void requestReceived(engage::HttpConnection* connection, const engage::HttpRequest& request);

private:
    void acceptConnections();
    void refuse(QTcpSocket& socket);

    std::unique_ptr<QTcpServer> m_server;
    ConnectionLimits m_limits;
    BodyBudget m_bodyBudget;
    int m_connections = 0;
};

} // namespace engage
