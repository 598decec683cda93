#include "http_server.h"

#include <QSslServer>
#include <QSslSocket>

namespace engage {

HttpServer::HttpServer(QObject* parent) : QObject(parent) {}

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
        // The connection owns the socket; the connection is this server's child until it
        // deletes itself when the client disconnects.
        socket->setParent(nullptr);
        auto* connection = new HttpConnection(std::unique_ptr<QTcpSocket>(socket), this);
        connect(connection, &HttpConnection::requestReceived, this, &HttpServer::requestReceived);
    }
}

} // namespace engage
