#pragma once

#include "raw_connection.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// An engage-emulator started by a test on 127.0.0.1 with port 0: the base URL is read from
// the first line it prints. Stopped when destroyed; stop() returns all it wrote, so that a
// test can check what it never prints (the token).
class EmulatorProcess
{
public:
    explicit EmulatorProcess(const QStringList& arguments)
    {
        m_process.start(QStringLiteral(ENGAGE_EMULATOR_PATH),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process.waitForStarted(10000))
            return;
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(10000);
        const QByteArray line = m_process.readLine().trimmed();
        m_output += line + '\n';
        const QByteArray prefix = "listening on ";
        if (line.startsWith(prefix))
            m_url = QString::fromUtf8(line.mid(prefix.size()));
    }

    ~EmulatorProcess() { stop(); }

    EmulatorProcess(const EmulatorProcess&) = delete;
    EmulatorProcess& operator=(const EmulatorProcess&) = delete;

    // The base URL, such as http://127.0.0.1:PORT/1.0; empty when it did not start.
    const QString& url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(QUrl(m_url).port()); }

    // What the emulator counted (GET /_emulator/stats, plain HTTP only): the API requests it
    // received ("requests") and the most of them in any rate window
    // ("peak_requests_per_window"), those that reached the API ("answered") and the faults it
    // injected ("rate_limited", "unavailable", "locked", "dropped"). Empty when it did not
    // answer.
    QJsonObject stats() const
    {
        RawConnection connection(port());
        connection.send(
            "GET /_emulator/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        const QByteArray answer = connection.readUntilClosed();
        return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    }

    // Stops the emulator; returns everything it wrote on standard output and error.
    QByteArray stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
        m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
        return m_output;
    }

private:
    QProcess m_process;
    QString m_url;
    QByteArray m_output;
};
