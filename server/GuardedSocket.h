#pragma once

#include "HttpResponse.h"
#include "RequestFramer.h"

#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace keyward {

// A client connection as QHttpServer reads it, with the limits QHttpServer
// 6.4 lacks. It looks at every new byte before QHttpServer does and feeds
// the RequestFramer, its read buffer is capped, and: an oversized or malformed
// head or body is answered (413/431/411/400) and the connection closed before
// the body is held in memory; a request that does not arrive completely in
// time gets 408 (slowloris); an idle keep-alive connection is closed.
class GuardedSocket : public QTcpSocket {
    Q_OBJECT
public:
    struct Settings {
        RequestFramer::Limits limits;
        int requestTimeoutMs = 10'000;
        int idleTimeoutMs = 60'000;
    };
    // The refusal's body in the envelope of the family the path belongs to.
    using ErrorBody = std::function<HttpResponse(const QString &path, int status,
                                                 const QString &message, const QString &detail)>;

    GuardedSocket(const Settings &settings, ErrorBody errorBody, QObject *parent = nullptr);
    // Answers with `status` and closes, whatever QHttpServer was doing.
    void refuse(int status, const QString &message, const QString &detail);

private:
    void inspect();
    void onTimeout();
    void armTimer();

    Settings m_settings;
    ErrorBody m_errorBody;
    RequestFramer m_framer;
    QTimer m_timer;
    bool m_timingRequest = false;
    bool m_refused = false;
    qint64 m_discarded = 0;
};

} // namespace keyward
