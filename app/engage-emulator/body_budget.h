#pragma once

#include <QtGlobal>

namespace engage {

// The bytes of request bodies that all connections together may hold at once. A body is
// reserved whole when its head announces it and released once it is answered, so that memory
// stays bounded however many clients announce large bodies and send them slowly.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 total) : m_total(total) {}

    qint64 total() const { return m_total; }

    // False, reserving nothing, when that much is not left.
    bool reserve(qint64 bytes)
    {
        if (bytes > m_total - m_reserved)
            return false;
        m_reserved += bytes;
        return true;
    }

    void release(qint64 bytes) { m_reserved -= bytes; }

private:
    qint64 m_total;
    qint64 m_reserved = 0;
};

} // namespace engage
