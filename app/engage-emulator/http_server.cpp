#include "http_server.h"

#include <QSslServer>
#include <QSslSocket>

namespace engage {

HttpServer::HttpServer(const ConnectionLimits& limits, QObject* parent)
    : QObject(parent), m_limits(limits), m_bodyBudget(limits.bodyBudget)
{
}

HttpServer::~HttpServer() = default;

std::optional<QString> HttpServer::listen(quint16 port, const std::optional<QSslConfiguration>& tls)
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // TLS connections are handed over once their handshake is done; plain ones at once.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::acceptConnections);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return tr("Cannot listen on 127.0.0.1:%1: %2.").arg(port).arg(m_server->errorString());
    return std::nullopt;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(nullptr);
        std::unique_ptr<QTcpSocket> owned(socket);
        if (m_connections >= m_limits.maxConnections) {
            refuse(*owned);
            continue;
        }
        // The connection owns the socket; the connection is this server's child until it
        // deletes itself when the client disconnects.
        auto* connection = new HttpConnection(std::move(owned), m_limits, m_bodyBudget, this);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        connect(connection, &HttpConnection::requestReceived, this, &HttpServer::requestReceived);
    }
}

void HttpServer::refuse(QTcpSocket& socket)
{
    // The answer is handed to the system and the socket let go at once: a refused connection
    // holds nothing, however the client behaves.
    HttpResponse busy = HttpResponse::error(
        503, tr("The emulator serves at most %1 connections at once; try again later.")
                 .arg(m_limits.maxConnections));
    busy.headers.emplaceBack("Connection", "close");
    socket.write(busy.serialized());
    socket.flush();
    socket.abort();
}

} // namespace engage
