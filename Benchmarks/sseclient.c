/*
 * sseclient: SSE fan-out load client for Sitrep's benchmarks.
 *
 * Single-threaded epoll, non-blocking sockets. Opens N connections to one URL on loopback
 * (GET with "Accept: text/event-stream"), decodes chunked bodies, parses SSE frames and, for
 * every event whose data carries "bench-seq=<k>" and "bench-ts=<unix-microseconds>", records
 * the publish-to-receive latency for that reader. Stops when every connected reader has seen
 * M distinct events, or at the timeout.
 *
 * Build: cc -O2 -o sseclient sseclient.c
 * Usage: sseclient -p PORT -u PATH -n N -m M [-h 127.0.0.1] [-t TIMEOUT_S] [-c CONNECT_TIMEOUT_S]
 *                  [-i MAX_INFLIGHT_CONNECTS] [-r READY_FILE]
 *
 * Output: a human summary on stdout, then one "RESULT key=value ..." line for scripts.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum conn_state { C_PENDING, C_CONNECTING, C_HEADERS, C_STREAM, C_CLOSED, C_FAILED };
enum chunk_state { K_SIZE, K_EXT, K_SIZE_LF, K_DATA, K_DATA_CR, K_DATA_LF, K_DONE };

struct conn {
    int fd;
    int state;
    int retries;
    int64_t started_us;    /* current connect attempt */
    size_t req_off;        /* bytes of the request already written */
    /* response header accumulation */
    char *hdr;
    size_t hdr_len, hdr_cap;
    /* transfer decoding */
    int chunked;
    int kstate;
    uint64_t kremain;
    /* SSE line buffer */
    char *line;
    size_t line_len, line_cap;
    /* current event */
    int has_seq, has_ts, has_data;
    long seq;
    int64_t ts;
    /* per-reader accounting */
    int received;          /* distinct bench events */
    int dups;
    int others;            /* events without bench markers */
    int done;
    unsigned char *seen;   /* bitmap of M */
};

static struct conn *conns;
static int N = 0, M = 0;
static const char *host = "127.0.0.1";
static int port = 0;
static const char *path = NULL;
static double timeout_s = 120, connect_timeout_s = 30;
static int max_inflight = 256;
static const char *ready_file = NULL;
static int epfd;
static char request[1024];
static size_t request_len;
static struct sockaddr_in addr;

static uint32_t *lat;        /* per (reader, event) latency in microseconds */
static size_t lat_n, lat_cap;
static int64_t *event_max;   /* per event: the latest reader's latency */
static int64_t *event_first_ts;
static long n_connected, n_failed, n_closed_early, n_done, n_inflight, n_started, n_bad_status;
static long n_connect_retries, n_bad_ts;
static long n_pending; /* connections waiting for a connect attempt */

static int64_t now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (int64_t)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

static void die(const char *msg) {
    perror(msg);
    exit(2);
}

static void buf_append(char **buf, size_t *len, size_t *cap, const char *data, size_t n) {
    if (*len + n + 1 > *cap) {
        size_t c = *cap ? *cap : 256;
        while (c < *len + n + 1) c *= 2;
        char *p = realloc(*buf, c);
        if (!p) die("realloc");
        *buf = p;
        *cap = c;
    }
    memcpy(*buf + *len, data, n);
    *len += n;
    (*buf)[*len] = 0;
}

static void conn_reset_buffers(struct conn *c) {
    free(c->hdr);
    c->hdr = NULL;
    c->hdr_len = c->hdr_cap = 0;
    free(c->line);
    c->line = NULL;
    c->line_len = c->line_cap = 0;
    c->has_seq = c->has_ts = c->has_data = 0;
}

static void conn_close(struct conn *c, int new_state) {
    if (c->fd >= 0) {
        epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
        close(c->fd);
        c->fd = -1;
    }
    if (c->state == C_CONNECTING || c->state == C_HEADERS) n_inflight--;
    if (c->state == C_STREAM) {
        n_connected--;
        if (!c->done) n_closed_early++;
    }
    c->state = new_state;
    if (new_state == C_PENDING) n_pending++;
    conn_reset_buffers(c);
}

static void conn_start(struct conn *c) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) die("socket");
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c->fd = fd;
    c->state = C_CONNECTING;
    n_pending--;
    c->req_off = 0;
    c->started_us = now_us();
    c->chunked = 0;
    c->kstate = K_SIZE;
    c->kremain = 0;
    n_inflight++;
    int r = connect(fd, (struct sockaddr *)&addr, sizeof addr);
    if (r < 0 && errno != EINPROGRESS) {
        conn_close(c, C_PENDING);
        c->retries++;
        return;
    }
    struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT, .data.u32 = (uint32_t)(c - conns)};
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0) die("epoll_ctl");
}

static void conn_fail_or_retry(struct conn *c) {
    if (c->retries < 5) {
        c->retries++;
        n_connect_retries++;
        conn_close(c, C_PENDING);
    } else {
        conn_close(c, C_FAILED);
        n_failed++;
    }
}

/* ---- SSE parsing ---- */

static int64_t parse_num_after(const char *s, size_t n, const char *key, int *ok) {
    size_t kl = strlen(key);
    const char *p = memmem(s, n, key, kl);
    *ok = 0;
    if (!p) return 0;
    p += kl;
    const char *end = s + n;
    int64_t v = 0;
    int digits = 0;
    while (p < end && *p >= '0' && *p <= '9' && digits < 19) {
        v = v * 10 + (*p - '0');
        p++;
        digits++;
    }
    *ok = digits > 0;
    return v;
}

static void dispatch_event(struct conn *c, int64_t t) {
    if (!(c->has_seq && c->has_ts)) {
        if (c->has_data) c->others++;
        goto reset;
    }
    if (c->seq < 1 || c->seq > M) {
        n_bad_ts++;
        goto reset;
    }
    long k = c->seq - 1;
    if (c->seen[k >> 3] & (1u << (k & 7))) {
        c->dups++;
        goto reset;
    }
    c->seen[k >> 3] |= (unsigned char)(1u << (k & 7));
    c->received++;
    int64_t l = t - c->ts;
    if (l < 0) l = 0;
    if (lat_n < lat_cap) lat[lat_n++] = (uint32_t)(l > 0xffffffffLL ? 0xffffffffLL : l);
    if (l > event_max[k]) event_max[k] = l;
    if (!event_first_ts[k]) event_first_ts[k] = c->ts;
    if (c->received >= M && !c->done) {
        c->done = 1;
        n_done++;
    }
reset:
    c->has_seq = c->has_ts = c->has_data = 0;
}

static void handle_line(struct conn *c, char *s, size_t n, int64_t t) {
    if (n && s[n - 1] == '\r') n--;
    if (n == 0) {
        dispatch_event(c, t);
        return;
    }
    if (n >= 5 && memcmp(s, "data:", 5) == 0) {
        int ok;
        c->has_data = 1;
        int64_t v = parse_num_after(s, n, "bench-seq=", &ok);
        if (ok && !c->has_seq) {
            c->seq = (long)v;
            c->has_seq = 1;
        }
        v = parse_num_after(s, n, "bench-ts=", &ok);
        if (ok && !c->has_ts) {
            c->ts = v;
            c->has_ts = 1;
        }
    }
    /* id:, event:, retry: and comments need no action here */
}

static void feed_sse(struct conn *c, const char *data, size_t n, int64_t t) {
    while (n > 0) {
        const char *nl = memchr(data, '\n', n);
        if (!nl) {
            buf_append(&c->line, &c->line_len, &c->line_cap, data, n);
            return;
        }
        size_t k = (size_t)(nl - data);
        if (c->line_len) {
            buf_append(&c->line, &c->line_len, &c->line_cap, data, k);
            handle_line(c, c->line, c->line_len, t);
            c->line_len = 0;
        } else {
            handle_line(c, (char *)data, k, t);
        }
        data += k + 1;
        n -= k + 1;
    }
}

static int hexval(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

/* Returns 0 on success, -1 when the chunked stream ended or is malformed. */
static int feed_body(struct conn *c, const char *data, size_t n, int64_t t) {
    if (!c->chunked) {
        feed_sse(c, data, n, t);
        return 0;
    }
    while (n > 0) {
        switch (c->kstate) {
        case K_SIZE: {
            int h = hexval(*data);
            if (h >= 0) {
                c->kremain = c->kremain * 16 + (uint64_t)h;
            } else if (*data == '\r') {
                c->kstate = K_SIZE_LF;
            } else if (*data == ';') {
                c->kstate = K_EXT;
            } else {
                return -1;
            }
            data++;
            n--;
            break;
        }
        case K_EXT:
            if (*data == '\r') c->kstate = K_SIZE_LF;
            data++;
            n--;
            break;
        case K_SIZE_LF:
            if (*data != '\n') return -1;
            data++;
            n--;
            if (c->kremain == 0) {
                c->kstate = K_DONE;
                return -1;
            }
            c->kstate = K_DATA;
            break;
        case K_DATA: {
            size_t k = n < c->kremain ? n : (size_t)c->kremain;
            feed_sse(c, data, k, t);
            data += k;
            n -= k;
            c->kremain -= k;
            if (c->kremain == 0) c->kstate = K_DATA_CR;
            break;
        }
        case K_DATA_CR:
            if (*data != '\r') return -1;
            c->kstate = K_DATA_LF;
            data++;
            n--;
            break;
        case K_DATA_LF:
            if (*data != '\n') return -1;
            c->kstate = K_SIZE;
            c->kremain = 0;
            data++;
            n--;
            break;
        default:
            return -1;
        }
    }
    return 0;
}

static void on_headers(struct conn *c, int64_t t) {
    char *end = strstr(c->hdr, "\r\n\r\n");
    size_t hlen = (size_t)(end - c->hdr) + 4;
    int status = 0;
    if (sscanf(c->hdr, "HTTP/1.%*d %d", &status) != 1 || status != 200) {
        n_bad_status++;
        if (n_bad_status <= 3) {
            *end = 0;
            fprintf(stderr, "sseclient: unexpected response:\n%s\n", c->hdr);
        }
        conn_fail_or_retry(c);
        return;
    }
    /* Transfer-Encoding: chunked (case-insensitive header name and value) */
    for (char *p = c->hdr; p < end; p++) {
        if ((p == c->hdr || p[-1] == '\n') && strncasecmp(p, "transfer-encoding:", 18) == 0) {
            char *v = p + 18;
            char *eol = strstr(v, "\r\n");
            size_t vl = (size_t)(eol - v);
            if (memmem(v, vl, "chunked", 7) || memmem(v, vl, "Chunked", 7)) c->chunked = 1;
        }
    }
    c->state = C_STREAM;
    n_inflight--;
    n_connected++;
    char *rest = c->hdr + hlen;
    size_t rest_len = c->hdr_len - hlen;
    char *copy = NULL;
    if (rest_len) {
        copy = malloc(rest_len);
        memcpy(copy, rest, rest_len);
    }
    free(c->hdr);
    c->hdr = NULL;
    c->hdr_len = c->hdr_cap = 0;
    if (rest_len) {
        if (feed_body(c, copy, rest_len, t) < 0) conn_close(c, C_CLOSED);
        free(copy);
    }
}

static char rbuf[1 << 16];

static void on_readable(struct conn *c) {
    for (;;) {
        ssize_t r = read(c->fd, rbuf, sizeof rbuf);
        if (r > 0) {
            int64_t t = now_us();
            if (c->state == C_HEADERS || c->state == C_CONNECTING) {
                buf_append(&c->hdr, &c->hdr_len, &c->hdr_cap, rbuf, (size_t)r);
                if (strstr(c->hdr, "\r\n\r\n")) {
                    on_headers(c, t);
                    if (c->state != C_STREAM) return;
                } else if (c->hdr_len > 65536) {
                    conn_fail_or_retry(c);
                    return;
                }
            } else if (c->state == C_STREAM) {
                if (feed_body(c, rbuf, (size_t)r, t) < 0) {
                    conn_close(c, C_CLOSED);
                    return;
                }
            }
            if ((size_t)r < sizeof rbuf) return;
        } else if (r == 0) {
            if (c->state == C_STREAM) conn_close(c, C_CLOSED);
            else conn_fail_or_retry(c);
            return;
        } else {
            if (errno == EAGAIN || errno == EWOULDBLOCK) return;
            if (errno == EINTR) continue;
            if (c->state == C_STREAM) conn_close(c, C_CLOSED);
            else conn_fail_or_retry(c);
            return;
        }
    }
}

static void on_writable(struct conn *c) {
    if (c->state == C_CONNECTING) {
        int err = 0;
        socklen_t el = sizeof err;
        getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &el);
        if (err) {
            conn_fail_or_retry(c);
            return;
        }
        c->state = C_HEADERS;
    }
    while (c->req_off < request_len) {
        ssize_t w = write(c->fd, request + c->req_off, request_len - c->req_off);
        if (w < 0) {
            if (errno == EAGAIN) return;
            conn_fail_or_retry(c);
            return;
        }
        c->req_off += (size_t)w;
    }
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t)(c - conns)};
    epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}
static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static double pct_u32(uint32_t *v, size_t n, double p) {
    if (n == 0) return 0;
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    if (i >= n) i = n - 1;
    return v[i] / 1000.0;
}

static void usage(void) {
    fprintf(stderr, "usage: sseclient -p PORT -u PATH -n N -m M [-h HOST] [-t TIMEOUT_S] [-c CONNECT_TIMEOUT_S]"
                    " [-i MAX_INFLIGHT] [-r READY_FILE]\n");
    exit(2);
}

int main(int argc, char **argv) {
    int opt;
    while ((opt = getopt(argc, argv, "h:p:u:n:m:t:c:i:r:")) != -1) {
        switch (opt) {
        case 'h': host = optarg; break;
        case 'p': port = atoi(optarg); break;
        case 'u': path = optarg; break;
        case 'n': N = atoi(optarg); break;
        case 'm': M = atoi(optarg); break;
        case 't': timeout_s = atof(optarg); break;
        case 'c': connect_timeout_s = atof(optarg); break;
        case 'i': max_inflight = atoi(optarg); break;
        case 'r': ready_file = optarg; break;
        default: usage();
        }
    }
    if (!port || !path || N <= 0 || M <= 0) usage();
    if (strcmp(host, "127.0.0.1") != 0 && strcmp(host, "localhost") != 0) {
        fprintf(stderr, "sseclient: loopback only (127.0.0.1)\n");
        return 2;
    }
    struct rlimit rl = {.rlim_cur = (rlim_t)N + 1024, .rlim_max = (rlim_t)N + 1024};
    struct rlimit cur;
    getrlimit(RLIMIT_NOFILE, &cur);
    if (cur.rlim_cur < rl.rlim_cur && setrlimit(RLIMIT_NOFILE, &rl) < 0) die("setrlimit (raise ulimit -n)");

    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)port);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    request_len = (size_t)snprintf(request, sizeof request,
                                   "GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nAccept: text/event-stream\r\n"
                                   "Cache-Control: no-cache\r\nUser-Agent: sitrep-sseclient\r\n\r\n",
                                   path, port);

    conns = calloc((size_t)N, sizeof *conns);
    size_t bitmap = ((size_t)M + 7) / 8;
    for (int i = 0; i < N; i++) {
        conns[i].fd = -1;
        conns[i].state = C_PENDING;
        n_pending++;
        conns[i].seen = calloc(bitmap, 1);
    }
    lat_cap = (size_t)N * (size_t)M;
    lat = malloc(lat_cap * sizeof *lat);
    event_max = calloc((size_t)M, sizeof *event_max);
    event_first_ts = calloc((size_t)M, sizeof *event_first_ts);
    if (!conns || !lat || !event_max || !event_first_ts) die("malloc");

    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0) die("epoll_create1");

    int64_t t0 = now_us();
    int64_t deadline = t0 + (int64_t)(timeout_s * 1e6);
    int64_t connect_deadline = t0 + (int64_t)(connect_timeout_s * 1e6);
    int64_t t_all_connected = 0;
    int ready_written = 0;
    int next_pending = 0;
    struct epoll_event evs[1024];
    int64_t last_scan = t0, last_done_check = 0;

    for (;;) {
        int64_t t = now_us();
        /* start new connections, at most max_inflight attempts at once */
        if (t < connect_deadline && n_pending > 0) {
            for (int scanned = 0; n_inflight < max_inflight && scanned < N; scanned++) {
                struct conn *c = &conns[next_pending];
                next_pending = (next_pending + 1) % N;
                if (c->state == C_PENDING) {
                    if (c->retries == 0) n_started++;
                    conn_start(c);
                }
            }
        }
        /* connect timeouts, once every 100 ms */
        if (t - last_scan > 100000) {
            last_scan = t;
            for (int i = 0; i < N; i++) {
                struct conn *c = &conns[i];
                if ((c->state == C_CONNECTING || c->state == C_HEADERS) && t - c->started_us > 5000000)
                    conn_fail_or_retry(c);
                if (t >= connect_deadline && (c->state == C_PENDING)) {
                    c->state = C_FAILED;
                    n_pending--;
                    n_failed++;
                }
            }
        }
        int all_settled = 1;
        if (!ready_written) {
            for (int i = 0; i < N && all_settled; i++)
                if (conns[i].state == C_PENDING || conns[i].state == C_CONNECTING || conns[i].state == C_HEADERS)
                    all_settled = 0;
        }
        if (!ready_written && all_settled) {
            t_all_connected = now_us();
            ready_written = 1;
            fprintf(stderr, "sseclient: %ld connected, %ld failed in %.2f s\n", n_connected, n_failed,
                    (t_all_connected - t0) / 1e6);
            if (ready_file) {
                FILE *f = fopen(ready_file, "w");
                if (f) {
                    fprintf(f, "%ld\n", n_connected);
                    fclose(f);
                }
            }
        }
        if (ready_written && n_connected == 0) break;
        if (ready_written && n_done > 0 && t - last_done_check > 10000) {
            /* every reader still connected has all M events */
            last_done_check = t;
            int all = 1;
            for (int i = 0; i < N; i++)
                if (conns[i].state == C_STREAM && !conns[i].done) { all = 0; break; }
            if (all) break;
        }
        if (t >= deadline) {
            fprintf(stderr, "sseclient: timeout after %.1f s\n", timeout_s);
            break;
        }
        int n = epoll_wait(epfd, evs, 1024, 50);
        if (n < 0) {
            if (errno == EINTR) continue;
            die("epoll_wait");
        }
        for (int i = 0; i < n; i++) {
            struct conn *c = &conns[evs[i].data.u32];
            if (c->fd < 0) continue;
            if (evs[i].events & (EPOLLOUT)) {
                on_writable(c);
                if (c->fd < 0) continue;
            }
            if (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) on_readable(c);
        }
    }

    /* ---- report ---- */
    long ever_connected = 0, complete = 0, dups = 0, others = 0;
    long received = 0, min_recv = M, max_recv = 0;
    for (int i = 0; i < N; i++) {
        struct conn *c = &conns[i];
        if (c->state == C_STREAM || c->state == C_CLOSED) {
            ever_connected++;
            received += c->received;
            dups += c->dups;
            others += c->others;
            if (c->done) complete++;
            if (c->received < min_recv) min_recv = c->received;
            if (c->received > max_recv) max_recv = c->received;
        }
    }
    if (ever_connected == 0) min_recv = 0;
    long expected = ever_connected * (long)M;
    qsort(lat, lat_n, sizeof *lat, cmp_u32);
    int64_t *emax = malloc((size_t)M * sizeof *emax);
    int ev_seen = 0;
    for (int k = 0; k < M; k++)
        if (event_first_ts[k]) emax[ev_seen++] = event_max[k];
    qsort(emax, (size_t)ev_seen, sizeof *emax, cmp_i64);
    double fan_med = ev_seen ? emax[ev_seen / 2] / 1000.0 : 0;
    double fan_max = ev_seen ? emax[ev_seen - 1] / 1000.0 : 0;
    double p50 = pct_u32(lat, lat_n, 0.50), p90 = pct_u32(lat, lat_n, 0.90), p99 = pct_u32(lat, lat_n, 0.99);
    double mx = lat_n ? lat[lat_n - 1] / 1000.0 : 0;
    double connect_s = t_all_connected ? (t_all_connected - t0) / 1e6 : -1;

    printf("readers requested     %d\n", N);
    printf("readers connected     %ld (failed %ld, connect retries %ld, non-200 %ld, closed early %ld)\n",
           ever_connected, n_failed, n_connect_retries, n_bad_status, n_closed_early);
    printf("connect phase         %.2f s\n", connect_s);
    printf("events expected       %ld (%d per reader)\n", expected, M);
    printf("events received       %ld (missing %ld, duplicates %ld, other events %ld)\n", received,
           expected - received, dups, others);
    printf("readers complete      %ld (per-reader received min %ld max %ld)\n", complete, min_recv, max_recv);
    printf("latency ms            p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (n=%zu)\n", p50, p90, p99, mx, lat_n);
    printf("fan-out ms per event  median of last-reader %.2f, worst %.2f (%d events)\n", fan_med, fan_max, ev_seen);
    printf("RESULT n=%d m=%d connected=%ld failed=%ld closed_early=%ld expected=%ld received=%ld missing=%ld "
           "dups=%ld p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f fanout_med_ms=%.2f connect_s=%.2f\n",
           N, M, ever_connected, n_failed, n_closed_early, expected, received, expected - received, dups, p50, p90,
           p99, mx, fan_med, connect_s);
    return 0;
}
