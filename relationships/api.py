from ninja import Router

from .work.api import router as work_router

router = Router(tags=["mentorships"])
router.add_router("/", work_router)
