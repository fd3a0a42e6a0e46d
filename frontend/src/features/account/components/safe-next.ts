import { paths } from '@/shared/router/paths';

/**
 * Where to go after signing in or registering: a path inside the app, never another site
 * (`//evil.example`, or `/\evil.example`, which browsers read the same way).
 */
export function safeNext(next: string | null): string {
  const unsafe = (text: string) => text.includes('\\') || [...text].some((c) => c.charCodeAt(0) < 0x20);
  return next && next.startsWith('/') && !next.startsWith('//') && !unsafe(next) ? next : paths.home;
}

/** The address `to` builds, pointing back at `from`, unless `from` is itself a sign-in page (or the home page). */
export function withNext(to: (next?: string) => string, from: { pathname: string; search: string }): string {
  if ([paths.home, paths.signIn(), paths.register()].includes(from.pathname)) return to();
  return to(from.pathname + from.search);
}

/** What a page that was reached after signing in carries in its navigation state, to greet the person. */
export interface GreetingState {
  greeting?: string;
}
