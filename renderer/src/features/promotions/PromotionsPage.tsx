import { ComingSoon } from '../../components/ComingSoon';

export const PromotionsPage = () => <ComingSoon area="promotions" />;
