import { Image } from '@mantine/core';
import { renderSVG } from 'uqr';

/** The otpauth link as a QR code; loaded lazily so only the enrolment pulls in the encoder. */
export default function MfaQrCode({ link }: { link: string }) {
  const svg = renderSVG(link, { pixelSize: 6, whiteColor: '#ffffff', blackColor: '#000000' });
  return (
    <Image
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt="QR code of the authenticator link; scan it with your authenticator app"
      w={200}
      h={200}
      fit="contain"
      radius="sm"
      bg="white"
      p={6}
    />
  );
}
