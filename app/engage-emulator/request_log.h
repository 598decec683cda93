#pragma once

#include "http_message.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <optional>

namespace engage {

// --request-log FILE: one compact JSON object per API request received,
// {"method":M,"path":P,"query":{NAME:VALUE}}, one a line, flushed per line, so that a test
// can check every request a client sent against the contract while the emulator still runs.
// The path is as sent, without its query; a query parameter given several times
// ("choices[]") has an array of its values. No header is written: the token never is.
class RequestLog
{
    Q_DECLARE_TR_FUNCTIONS(engage::RequestLog)

public:
    // Creates or truncates the file; a translated error when it cannot.
    std::optional<QString> open(const QString& path);
    bool isOpen() const { return m_file.isOpen(); }

    void record(const HttpRequest& request);

private:
    QFile m_file;
};

} // namespace engage
