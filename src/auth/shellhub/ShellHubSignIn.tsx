import { Alert, Skeleton, Stack, Title } from '@mantine/core';
import { Suspense, lazy, useCallback, useEffect, useReducer, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { useSignInFlow } from '../useSignInFlow';
import { credentialFromAuth } from './credential';
import { clearSignInNotice, signInNoticeFor } from './signInNotice';
import { type SignInEvent, type SignInStep, initialStep, nextStep } from './signInMachine';
import { MfaStep } from './signin/MfaStep';
import { PasswordStep } from './signin/PasswordStep';

// The password and code steps load with the page; the rarer paths load when first needed.
const ApiKeyStep = lazy(async () => ({
  default: (await import('./signin/ApiKeyStep')).ApiKeyStep,
}));
const ForgotPasswordStep = lazy(async () => ({
  default: (await import('./signin/ForgotPasswordStep')).ForgotPasswordStep,
}));
const LockedStep = lazy(async () => ({
  default: (await import('./signin/NoticeSteps')).LockedStep,
}));
const UnconfirmedStep = lazy(async () => ({
  default: (await import('./signin/NoticeSteps')).UnconfirmedStep,
}));
const AwaitingApprovalStep = lazy(async () => ({
  default: (await import('./signin/NoticeSteps')).AwaitingApprovalStep,
}));
const RecoveredStep = lazy(async () => ({
  default: (await import('./signin/RecoveredStep')).RecoveredStep,
}));
const RecoveryCodeStep = lazy(async () => ({
  default: (await import('./signin/RecoveryCodeStep')).RecoveryCodeStep,
}));
const ResetRequestStep = lazy(async () => ({
  default: (await import('./signin/ResetMfaSteps')).ResetRequestStep,
}));
const ResetVerifyStep = lazy(async () => ({
  default: (await import('./signin/ResetMfaSteps')).ResetVerifyStep,
}));
const SetupStep = lazy(async () => ({
  default: (await import('./signin/SetupStep')).SetupStep,
}));
const SignUpStep = lazy(async () => ({
  default: (await import('./signin/SignUpStep')).SignUpStep,
}));

const TITLES: Partial<Record<SignInStep['name'], string>> = {
  mfa: 'Two-factor authentication',
  'recovery-code': 'Use a recovery code',
  recovered: 'Multi-factor authentication',
  'reset-request': 'Reset multi-factor authentication',
  'reset-verify': 'Enter the e-mailed codes',
  'forgot-password': 'Reset your password',
  'sign-up': 'Create an account',
  setup: 'First-run setup',
};

/** ShellHub: password, then MFA, recovery code or e-mail reset; or a namespace API key. */
export function ShellHubSignIn() {
  const { connection, complete } = useSignInFlow();
  const [params] = useSearchParams();
  const [step, dispatch] = useReducer(nextStep, params, initialStep);
  const [remember, setRemember] = useState(false);
  const [identifier, setIdentifier] = useState('');
  const [useApiKey, setUseApiKey] = useState(false);
  const [notice, setNotice] = useState<string | null>(() => signInNoticeFor(connection.id));
  useEffect(() => clearSignInNotice(connection.id), [connection.id]);
  const send = useCallback((event: SignInEvent) => dispatch(event), []);
  const back = useCallback(() => send({ type: 'back' }), [send]);
  const lockoutOver = useCallback(() => send({ type: 'lockout-over' }), [send]);
  const signedIn = (auth: UserAuth) => complete(credentialFromAuth(auth), remember);

  const title = TITLES[step.name];
  const loading = <Skeleton height={120} radius="md" aria-label="Loading" />;
  if (useApiKey) {
    return (
      <Suspense fallback={loading}>
        <ApiKeyStep onBack={() => setUseApiKey(false)} />
      </Suspense>
    );
  }

  return (
    <Suspense fallback={loading}>
      <Stack>
        {title ? (
          <Title order={2} size="h4">
            {title}
          </Title>
        ) : null}
        {step.name === 'password' ? (
          <>
            {notice ? (
              <Alert color="green" variant="light" role="status">
                {notice}
              </Alert>
            ) : null}
            <PasswordStep
              identifier={identifier}
              onSignedIn={(auth, rememberChoice) =>
                complete(credentialFromAuth(auth), rememberChoice)
              }
              onFailure={(id, failure, rememberChoice) => {
                setIdentifier(id);
                setRemember(rememberChoice);
                send({ type: 'login-failed', identifier: id, failure });
              }}
              onForgotPassword={() => send({ type: 'forgot-password' })}
              onUseApiKey={() => setUseApiKey(true)}
              onSignUp={() => send({ type: 'sign-up' })}
            />
          </>
        ) : null}
        {step.name === 'mfa' ? (
          <MfaStep
            mfaToken={step.mfaToken}
            onSignedIn={signedIn}
            onUseRecoveryCode={() => send({ type: 'use-recovery-code' })}
            onLostEverything={() => send({ type: 'lost-everything' })}
            onBack={back}
          />
        ) : null}
        {step.name === 'recovery-code' ? (
          <RecoveryCodeStep
            identifier={step.identifier}
            onRecovered={(auth, expiresAt) => send({ type: 'recovered', auth, expiresAt })}
            onLostEverything={() => send({ type: 'lost-everything' })}
            onBack={back}
          />
        ) : null}
        {step.name === 'recovered' ? (
          <RecoveredStep auth={step.auth} expiresAt={step.expiresAt} onContinue={signedIn} />
        ) : null}
        {step.name === 'reset-request' ? (
          <ResetRequestStep
            identifier={step.identifier}
            onRequested={(resetId) => send({ type: 'reset-requested', resetId })}
            onBack={back}
          />
        ) : null}
        {step.name === 'reset-verify' ? (
          <ResetVerifyStep resetId={step.resetId} onSignedIn={signedIn} onBack={back} />
        ) : null}
        {step.name === 'setup' ? (
          <SetupStep
            sign={step.sign}
            onDone={(username) => {
              setIdentifier(username);
              setNotice('The server is set up. Sign in with the new account.');
              back();
            }}
            onBack={back}
          />
        ) : null}
        {step.name === 'sign-up' ? (
          <SignUpStep
            onConfirmed={(username) => {
              setIdentifier(username);
              setNotice('Your account is confirmed. Sign in to continue.');
              back();
            }}
            onBack={back}
          />
        ) : null}
        {step.name === 'locked' ? <LockedStep until={step.until} onOver={lockoutOver} /> : null}
        {step.name === 'unconfirmed' ? (
          <UnconfirmedStep identifier={step.identifier} onBack={back} />
        ) : null}
        {step.name === 'awaiting-approval' ? <AwaitingApprovalStep onBack={back} /> : null}
        {step.name === 'forgot-password' ? (
          <ForgotPasswordStep
            onDone={() => {
              setNotice('Your password was changed. Sign in with the new one.');
              back();
            }}
            onBack={back}
          />
        ) : null}
      </Stack>
    </Suspense>
  );
}
