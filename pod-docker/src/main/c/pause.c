/*
 * Whalepod's pause: the process that holds a pod's namespaces open.
 *
 * Like Kubernetes' pause (build/pause/linux/pause.c) it exits 0 on SIGTERM or
 * SIGINT and reaps zombies when it is PID 1 of a shared PID namespace. Unlike
 * it, it has no libc at all: raw system calls, about 550 bytes, so the image
 * stays tiny and no registry is ever needed.
 *
 * Design: the three signals are blocked and taken synchronously with
 * rt_sigtimedwait. No handler is installed, so no sa_restorer is needed, and
 * a blocked signal is queued even for PID 1 of a PID namespace (the kernel
 * only discards SIG_DFL signals to such an init when they are unblocked).
 *
 * Build: src/main/c/build-pause.sh (gcc -nostdlib -static -Os).
 */

#define SIGINT 2
#define SIGTERM 15
#define SIGCHLD 17 /* same number on x86_64 and aarch64 */
#define SIG_BLOCK 0
#define WNOHANG 1
#define SIGSET_BYTES 8 /* the kernel's sigset_t, not glibc's 128-byte one */

#if defined(__x86_64__)
#define NR_rt_sigprocmask 14
#define NR_wait4 61
#define NR_rt_sigtimedwait 128
#define NR_exit_group 231

static long syscall4(long nr, long a, long b, long c, long d) {
  register long r10 __asm__("r10") = d;
  long ret;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
                   : "rcx", "r11", "memory");
  return ret;
}

/* The kernel enters with %rsp 16-byte aligned and no return address; give the
 * C code the alignment the ABI promises at a call. */
__asm__(".text\n"
        ".global _start\n"
        "_start:\n"
        "  xor %ebp, %ebp\n"
        "  and $-16, %rsp\n"
        "  call pause_main\n"
        "  hlt\n");

#elif defined(__aarch64__)
#define NR_rt_sigprocmask 135
#define NR_rt_sigtimedwait 137
#define NR_exit_group 94
#define NR_wait4 260

static long syscall4(long nr, long a, long b, long c, long d) {
  register long x8 __asm__("x8") = nr;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  register long x3 __asm__("x3") = d;
  __asm__ volatile("svc #0"
                   : "+r"(x0)
                   : "r"(x8), "r"(x1), "r"(x2), "r"(x3)
                   : "memory");
  return x0;
}

/* sp is already 16-byte aligned at entry on aarch64. */
__asm__(".text\n"
        ".global _start\n"
        "_start:\n"
        "  mov x29, #0\n"
        "  mov x30, #0\n"
        "  bl pause_main\n"
        "  brk #0\n");

#else
#error "pause.c supports x86_64 and aarch64 only"
#endif

__attribute__((noreturn, used)) void pause_main(void) {
  unsigned long mask = (1UL << (SIGINT - 1)) | (1UL << (SIGTERM - 1)) |
                       (1UL << (SIGCHLD - 1));
  syscall4(NR_rt_sigprocmask, SIG_BLOCK, (long)&mask, 0, SIGSET_BYTES);

  for (;;) {
    /* No siginfo wanted, no timeout: the return value is the signal. */
    long sig = syscall4(NR_rt_sigtimedwait, (long)&mask, 0, 0, SIGSET_BYTES);
    if (sig == SIGTERM || sig == SIGINT) {
      syscall4(NR_exit_group, 0, 0, 0, 0);
    }
    if (sig == SIGCHLD) {
      /* One SIGCHLD may stand for many exits: reap until none is left (0) or
       * there are no children at all (-ECHILD). */
      while (syscall4(NR_wait4, -1, 0, WNOHANG, 0) > 0) {
      }
    }
    /* Anything else (-EINTR after SIGSTOP/SIGCONT) just waits again. */
  }
}
