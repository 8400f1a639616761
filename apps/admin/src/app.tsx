import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { MagicLinkPage } from './auth/magic-link-page.js';
import { fetchSessionUser, forgetSession, mayBeSignedIn, type SessionUser, signOut } from './auth/session.js';
import { SetPasswordPage } from './auth/set-password-page.js';
import { SignInPage } from './auth/sign-in-page.js';
import { onSessionLost } from './lib/client.js';
import { navigate, useRoute } from './lib/router.js';
import { toPath } from './lib/routes.js';

// Everything past sign-in is its own chunk, so the sign-in route ships only what it needs.
const Shell = lazy(() => import('./shell/shell.js'));

type Session =
  | { status: 'checking' }
  | { status: 'signed-out'; expired?: boolean }
  | { status: 'signed-in'; user: SessionUser };

/** The app: resumes a session if there is one, else shows sign-in, then the shell. */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session>(() =>
    mayBeSignedIn() ? { status: 'checking' } : { status: 'signed-out' },
  );

  const resume = useCallback(() => {
    setSession({ status: 'checking' });
    fetchSessionUser().then(
      (user) => setSession({ status: 'signed-in', user }),
      () => {
        forgetSession();
        setSession({ status: 'signed-out' });
      },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on the first render's state
  useEffect(() => {
    if (session.status === 'checking') resume();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the screen, not on each new route object
  useEffect(() => {
    if (session.status !== 'signed-in') return;
    // After sign-in the sign-in pages give way to the content home, and `/admin` itself shows its address.
    if (route.name === 'login' || route.name === 'magic-link')
      navigate({ name: 'content' }, { replace: true });
    else if (route.name === 'content' && window.location.pathname !== toPath(route)) {
      navigate(route, { replace: true });
    }
  }, [session.status, route.name]);

  // A 401 while signed in means the session ended elsewhere (expired, signed out, password reset).
  useEffect(
    () =>
      onSessionLost(() => {
        forgetSession();
        setSession((current) =>
          current.status === 'signed-in' ? { status: 'signed-out', expired: true } : current,
        );
      }),
    [],
  );

  const onSignOut = useCallback(async () => {
    await signOut().catch(() => undefined);
    setSession({ status: 'signed-out' });
    navigate({ name: 'login' }, { replace: true });
  }, []);

  // The pages email links open work whether or not someone is signed in here.
  if (route.name === 'reset-password') return <SetPasswordPage purpose="reset" token={route.token} />;
  if (route.name === 'accept-invite') return <SetPasswordPage purpose="invite" token={route.token} />;
  if (session.status === 'checking') return <Loading />;
  if (session.status === 'signed-out') {
    if (route.name === 'magic-link') return <MagicLinkPage token={route.token} onSignedIn={resume} />;
    return <SignInPage onSignedIn={resume} expired={session.expired === true} />;
  }
  return (
    <Suspense fallback={<Loading />}>
      <Shell user={session.user} route={route} onSignOut={onSignOut} />
    </Suspense>
  );
}

function Loading() {
  return (
    <p role="status" className="loading">
      Loading…
    </p>
  );
}
